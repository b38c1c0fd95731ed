using BKK.Portal.DevIdentity;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Authentication;
using BKK.Portal.Web.Consent;
using BKK.Portal.Web.Sharing;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Serilog;

namespace BKK.Portal.Web.Host;

/// <summary>The web server's middleware, in order.</summary>
public static class PortalPipeline
{
    /// <summary>
    /// The order matters:
    /// - the consent middleware comes before the security headers: the CSP is built as the response starts, from
    ///   the consent of this request (a choice made in it counts), and the consent filter must see every Set-Cookie;
    /// - both come before static files and the development provider, so their responses have the headers too;
    /// - static files are endpoints (<c>MapStaticAssets</c>: precompressed, fingerprinted, cached for good) that
    ///   routing runs at once (<c>ShortCircuit</c>): they pay for no login, session row, authorization or rate limit;
    /// - HTML is compressed (ADR 0028) as it is written, after everything that may still change its headers;
    /// - the session-outage check comes right after authentication (a login that cannot be read is a 503);
    /// - the rate limiter comes after authorization, so its partitions know the person.
    /// </summary>
    public static void UsePortalMiddleware(this WebApplication app, OidcSettings oidc)
    {
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Languages.Bokmal),
            SupportedCultures = [.. Languages.Cultures],
            SupportedUICultures = [.. Languages.Cultures],
            RequestCultureProviders = [new LanguageRequestCultureProvider()],
            ApplyCurrentCultureToResponseHeaders = true,
        });
        app.UseReverseProxyHeaders();
        app.UseSerilogRequestLogging();
        if (!app.Environment.IsDevelopment())
        {
            // The database or the identity provider away: a friendly 503 that says so; anything else a 500.
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/feil",
                StatusCodeSelector = e => DatabaseOutage.Is(e) || IdentityProviderOutage.Is(e)
                    ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status500InternalServerError,
            });
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/feil/{0}");
        app.UseApiProblems(); // under /api: problem details instead of the error pages
        app.UseMiddleware<ConsentMiddleware>();
        var analyticsOn = !string.IsNullOrWhiteSpace(app.Services.GetRequiredService<IOptions<ThirdPartyOptions>>().Value.AnalyticsMeasurementId);
        app.UseSecurityHeaders(analyticsOn);
        app.UseResponseCompression();
        if (oidc.UsesEmbeddedDevIdentity)
        {
            app.MapDevIdentity();
        }

        CustomerService.SameOriginHub.UseSameOriginHub(app, CustomerService.ChatHub.Path);
        app.UseRouting();
        app.MapStaticAssets().AllowAnonymous().ShortCircuit();
        // Browsers ask for /favicon.ico on their own; the icon is favicon.svg. Without this the fallback policy would
        // send a visitor's icon request through the login. A bare 404: no error page is made for a request nobody sees.
        app.MapGet("/favicon.ico", (HttpContext context) =>
        {
            context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            return Results.NotFound();
        }).AllowAnonymous().ShortCircuit();
        app.UseAuthentication();
        DatabaseTicketStore.ThrowSessionOutage(app);
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapRazorPages().WithStaticAssets();
        app.MapHub<CustomerService.ChatHub>(CustomerService.ChatHub.Path);
        app.MapSharingApi();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }
}
