using BKK.Portal.DevIdentity;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Authentication;
using BKK.Portal.Web.Host.Commands;
using BKK.Portal.Web.Consent;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Serilog;

namespace BKK.Portal.Web.Host;

/// <summary>Runs what the process was started for: a command, or the web server with its middleware in order.</summary>
public static class PortalPipeline
{
    public static async Task<int> RunPortalAsync(this WebApplication app, PortalCommand command, OidcSettings oidc)
    {
        if (command.Kind == PortalCommandKind.Migrate)
        {
            return await MigrateCommand.RunAsync(app, Console.Out);
        }

        var seed = app.Services.GetRequiredService<IOptions<DemoDataOptions>>().Value.Seed && !app.Environment.IsProduction();
        await app.Services.InitializePortalDatabaseAsync(seed);
        switch (command.Kind)
        {
            case PortalCommandKind.Import:
                return await ImportCommand.RunAsync(app, command.ImportFile!, Console.Out, CancellationToken.None);
            case PortalCommandKind.Retention:
                return await RetentionCommand.RunAsync(app, command.DryRun, Console.Out, CancellationToken.None);
        }

        if (oidc.UsesEmbeddedDevIdentity)
        {
            await app.Services.InitializeDevIdentityAsync();
        }

        app.UsePortalMiddleware(oidc);
        await app.RunAsync();
        return 0;
    }

    /// <summary>
    /// The order matters:
    /// - the consent middleware comes before the security headers: the CSP is built as the response starts, from
    ///   the consent of this request (a choice made in it counts), and the consent filter must see every Set-Cookie;
    /// - both come before static files and the development provider, so their responses have the headers too;
    /// - the session-outage check comes right after authentication (a login that cannot be read is a 503);
    /// - the rate limiter comes after authorization, so its partitions know the person.
    /// </summary>
    private static void UsePortalMiddleware(this WebApplication app, OidcSettings oidc)
    {
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(DisplayNames.Norwegian),
            SupportedCultures = [DisplayNames.Norwegian],
            SupportedUICultures = [DisplayNames.Norwegian],
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
        app.UseMiddleware<ConsentMiddleware>();
        var analyticsOn = !string.IsNullOrWhiteSpace(app.Services.GetRequiredService<IOptions<ThirdPartyOptions>>().Value.AnalyticsMeasurementId);
        app.UseSecurityHeaders(analyticsOn);
        app.UseStaticFiles();
        if (oidc.UsesEmbeddedDevIdentity)
        {
            app.MapDevIdentity();
        }

        app.UseRouting();
        app.UseAuthentication();
        DatabaseTicketStore.ThrowSessionOutage(app);
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapRazorPages();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }
}
