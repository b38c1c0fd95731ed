using System.Globalization;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Web.Sharing;

/// <summary>
/// The API's errors as RFC 9457 problem details (<c>application/problem+json</c>), with a title and detail in the
/// request's language (Accept-Language: nb, nn or en). Every error of <c>/api</c> is one of these, never an HTML page.
/// </summary>
public static class ApiProblems
{
    public static string TypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        StatusCodes.Status401Unauthorized => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        StatusCodes.Status403Forbidden => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
        StatusCodes.Status404NotFound => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        StatusCodes.Status405MethodNotAllowed => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        StatusCodes.Status429TooManyRequests => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        StatusCodes.Status503ServiceUnavailable => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        _ => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
    };

    /// <summary>A problem with the texts <c>{key}.Title</c> and <c>{key}.Detail</c> of <see cref="ApiTexts"/>.</summary>
    public static IResult Problem(HttpContext context, int status, string key, IDictionary<string, string[]>? errors = null)
    {
        var texts = context.RequestServices.GetRequiredService<IStringLocalizer<ApiTexts>>();
        var title = texts[key + ".Title"].Value;
        var detail = texts[key + ".Detail"].Value;
        return errors is null
            ? TypedResults.Problem(detail, null, status, title, TypeOf(status))
            : TypedResults.ValidationProblem(errors, detail, null, title, TypeOf(status));
    }

    public static Task WriteAsync(HttpContext context, int status, string key) => Problem(context, status, key).ExecuteAsync(context);

    /// <summary>A 400 for one bad query parameter, with the parameter's name as the key of its message.</summary>
    public static IResult BadParameter(HttpContext context, string parameter, string messageKey, params object[] arguments)
    {
        var texts = context.RequestServices.GetRequiredService<IStringLocalizer<ApiTexts>>();
        return Problem(context, StatusCodes.Status400BadRequest, "Problem.BadRequest", new Dictionary<string, string[]>
        {
            [parameter] = [string.Format(CultureInfo.CurrentCulture, texts[messageKey].Value, arguments)],
        });
    }

    /// <summary>
    /// Under <c>/api</c>: an error status without a body (a 405, a 404 of routing) gets its problem, and an exception
    /// its 500 (or the 503 of a database away) as a problem, not the HTML error page of the portal's pages.
    /// </summary>
    public static void UseApiProblems(this WebApplication app) => app.UseWhen(
        c => c.Request.Path.StartsWithSegments(SharingApi.Root, StringComparison.OrdinalIgnoreCase),
        api => api.Use(async (context, next) =>
        {
            context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>()?.Enabled = false;
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                // A required parameter left out (thrown in Development, a bare 400 elsewhere): the same problem either way.
                context.Response.Clear();
                await WriteAsync(context, e.StatusCode, "Problem.BadRequest");
                return;
            }
            catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
            {
                var outage = Infrastructure.Persistence.DatabaseOutage.Is(e);
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiProblems)).LogError(e, "An API call failed");
                context.Response.Clear();
                await WriteAsync(context, outage ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError, outage ? "Problem.Unavailable" : "Problem.Failed");
                return;
            }

            if (!context.Response.HasStarted && context.Response.StatusCode >= 400 && context.Response.ContentLength is null && string.IsNullOrEmpty(context.Response.ContentType))
            {
                var status = context.Response.StatusCode;
                await WriteAsync(context, status, status switch
                {
                    StatusCodes.Status404NotFound => "Problem.NoSuchPath",
                    StatusCodes.Status405MethodNotAllowed => "Problem.Method",
                    _ => "Problem.BadRequest",
                });
            }
        }));
}
