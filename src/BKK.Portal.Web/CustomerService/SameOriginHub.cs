namespace BKK.Portal.Web.CustomerService;

/// <summary>
/// A connection to the chat hub from a page of another site is refused (403): a WebSocket is not bound by the
/// same-origin policy, and the login cookie would otherwise let another site's page chat as the customer
/// (cross-site WebSocket hijacking). Browsers always send Origin on these requests; a request without it is no browser's.
/// </summary>
public static class SameOriginHub
{
    public static IApplicationBuilder UseSameOriginHub(this IApplicationBuilder app, PathString path) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(path) && context.Request.Headers.Origin is { Count: > 0 } origin
                && !IsSameOrigin(origin.ToString(), context.Request))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
                {
                    pages.Enabled = false; // a bare 403 for a script, not the error page
                }

                return Task.CompletedTask;
            }

            return next(context);
        });

    private static bool IsSameOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
