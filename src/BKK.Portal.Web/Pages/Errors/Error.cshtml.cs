using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Web.Pages.Errors;

/// <summary>One friendly page for every error status, in the visitor's language (ErrorTexts); never a stack trace.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<ErrorTexts> texts) : PageModel
{
    /// <summary>Which pair of texts in ErrorTexts the page shows: "Generic" (500 and any other status) until the status is known.</summary>
    private string _textKey = "Generic";

    public string Heading => texts[_textKey + ".Heading"].Value;

    public string Explanation => texts[_textKey + ".Explanation"].Value;

    public string? RequestId { get; private set; }

    public void OnGet(int? statusCode) => Describe(statusCode);

    // A re-executed POST (for example a refused switch) arrives here as a POST.
    public void OnPost(int? statusCode) => Describe(statusCode);

    /// <summary>Any other method (a PUT, TRACE or OPTIONS a page refused with 405) is described here too: the page answers them all.</summary>
    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is null)
        {
            Describe(int.TryParse(context.RouteData.Values["statusCode"] as string, out var status) ? status : null);
        }
    }

    /// <summary>The database or the identity provider is away: the page must not ask the database for the header either.</summary>
    public bool Outage { get; private set; }

    private void Describe(int? statusCode)
    {
        var error = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        // An exception re-executed here keeps the status the handler chose; a visitor typing /feil/-1 finds no such page.
        var status = statusCode is >= 400 and <= 599 ? statusCode.Value : error is null ? StatusCodes.Status404NotFound : Response.StatusCode;
        if (status < 400)
        {
            status = StatusCodes.Status500InternalServerError;
        }

        Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            Outage = true;
            Response.Headers.RetryAfter = "30";
        }

        RequestId = HttpContext.TraceIdentifier; // the RequestId of every log event of this request
        _textKey = status switch
        {
            400 => "BadRequest",
            403 => "Forbidden",
            404 => "NotFound",
            405 => "MethodNotAllowed",
            429 => "TooManyRequests",
            503 when Authentication.IdentityProviderOutage.Is(error) => "LoginUnavailable",
            503 => "Unavailable",
            _ => "Generic", // 500 and every other status
        };
    }
}
