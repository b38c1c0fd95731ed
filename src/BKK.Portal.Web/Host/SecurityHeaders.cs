namespace BKK.Portal.Web.Host;

/// <summary>The headers every response has, error pages and static files included, with the Content-Security-Policy.</summary>
public static class SecurityHeaders
{
    /// <summary>What a browser may use on our pages: nothing of the device.</summary>
    public const string PermissionsPolicy = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    /// <summary>No Server header from Kestrel; HSTS for a year with subdomains (sent outside Development, see the pipeline).</summary>
    public static void AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
    }

    /// <summary>
    /// Headers on every response, error pages and static files included: a strict CSP with this
    /// request's nonce (built as the response starts, so a consent given in this request counts),
    /// no framing, no sniffing, no referrer, no device features, a window of our own.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool analyticsOn) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers["Permissions-Policy"] = PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            context.Response.OnStarting(() =>
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy.For(context, analyticsOn);
                headers.Remove("Server");
                headers.Remove("X-Powered-By");
                return Task.CompletedTask;
            });
            await next();
        });
}
