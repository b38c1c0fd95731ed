using System.Threading.RateLimiting;
using BKK.Portal.Application;
using BKK.Portal.Application.Access;
using BKK.Portal.Application.Privacy;
using BKK.Portal.DevIdentity;
using BKK.Portal.Infrastructure;
using BKK.Portal.Infrastructure.Logging;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Access;
using BKK.Portal.Web.Authentication;
using BKK.Portal.Web.Consumption;
using BKK.Portal.Web.Pages.Access;
using BKK.Portal.Web.Privacy;
using BKK.Portal.Web.Shell;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Serilog;

// `import FILE [settings]` runs the meter value import with the portal's configuration instead of the web server.
var importFile = args is [ImportCommand.Name, var file, ..] ? file : null;
if (args is [ImportCommand.Name])
{
    Console.Error.WriteLine("Bruk: dotnet run --project src/BKK.Portal.Web -- import FIL [--Database:ConnectionString=...]");
    Environment.ExitCode = 2;
    return;
}

// `retention [--dry-run] [settings]` runs the retention job once and prints what went (or would go).
var retention = args is [RetentionCommand.Name, ..];
var retentionDryRun = retention && args.Contains(RetentionCommand.DryRunFlag);

// `migrate [settings]` applies the database migrations and exits (the deployment's one-shot step).
var migrateOnly = args is ["migrate", ..];
var runsCommand = importFile is not null || retention || migrateOnly;
var hostArgs = importFile is not null ? args[2..]
    : retention ? [.. args[1..].Where(a => a != RetentionCommand.DryRunFlag)]
    : migrateOnly ? args[1..]
    : args;

var builder = WebApplication.CreateBuilder(hostArgs);
var configuration = builder.Configuration;
var environment = builder.Environment;

builder.Host.UseSerilog((context, logger) =>
    logger.ConfigurePortalLogging(context.Configuration, context.HostingEnvironment.ContentRootPath, "portal"));

var oidc = configuration.GetSection(OidcSettings.SectionName).Get<OidcSettings>() ?? new OidcSettings();
var seedDemoData = configuration.GetValue("Demo:Seed", false);
// The development provider, with its synthetic users, only in Development or where a test environment asks for it by name.
var devIdentityEnabled = configuration.GetValue(OidcSettings.DevIdentityEnabledKey, false);
if (!environment.IsProduction() && !runsCommand)
{
    oidc.EnsureProviderFor(environment.EnvironmentName, environment.IsDevelopment() || devIdentityEnabled);
}

if (environment.IsProduction())
{
    oidc.EnsureFitForProduction();
    if (seedDemoData)
    {
        throw new InvalidOperationException("Demo:Seed is set: synthetic demo data is never written into a production database.");
    }

    if (configuration.GetValue("Identity:AcceptSyntheticNumbers", false))
    {
        throw new InvalidOperationException("Identity:AcceptSyntheticNumbers is set: synthetic identity numbers are for development and tests only.");
    }

    if (devIdentityEnabled)
    {
        throw new InvalidOperationException($"{OidcSettings.DevIdentityEnabledKey} is set: the development identity provider cannot run in Production.");
    }
}

builder.Services.AddPortalApplication(configuration);
builder.Services.AddPortalInfrastructure(configuration, environment.ContentRootPath, requireKeyCertificate: environment.IsProduction());
// Norwegian (and Sami) letters go out as letters, not as &#xE5;; markup characters and quotes stay encoded.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
    o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(
        System.Text.Unicode.UnicodeRanges.BasicLatin, System.Text.Unicode.UnicodeRanges.Latin1Supplement, System.Text.Unicode.UnicodeRanges.LatinExtendedA));
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
builder.Services.AddHsts(o =>
{
    o.MaxAge = TimeSpan.FromDays(365);
    o.IncludeSubDomains = true;
});
builder.Services.AddPortalRateLimits(configuration);
builder.Services.AddHttpContextAccessor();
if (!runsCommand && configuration.GetValue("Retention:Enabled", true))
{
    builder.Services.AddHostedService<RetentionScheduler>();
}

builder.Services.AddSingleton<ConsentCookie>();
builder.Services.Configure<ThirdPartyOptions>(configuration.GetSection(ThirdPartyOptions.SectionName));
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddScoped<RelationshipSelector>();
builder.Services.AddScoped<ShellQuery>();
builder.Services.AddPortalAuthentication(oidc, environment.IsProduction());
if (oidc.UsesEmbeddedDevIdentity)
{
    builder.Services.AddDevIdentity(configuration, environment.ContentRootPath);
}

builder.Services.AddAuthorizationBuilder()
    .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
builder.Services.AddAntiforgery(o =>
{
    o.Cookie.Name = "bkk.portal.antiforgery";
    o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    o.FormFieldName = "__RequestVerificationToken";
});
// Fullmakt: a person and name are looked up by identity number, so attempts are counted per user
// (a guessing owner learns nothing at scale); GET is never limited.
var grantAttempts = configuration.GetValue("Access:GrantAttemptsPerHour", 20);
var consentChoices = configuration.GetValue("Privacy:ConsentChoicesPerHour", 30);
builder.Services.AddRateLimiter(o =>
{
    o.AddPolicy(GrantsModel.RateLimitPolicy, context => HttpMethods.IsPost(context.Request.Method)
        ? Hardening.FixedWindow(context.User.Subject() ?? "anonym", grantAttempts, TimeSpan.FromHours(1))
        : RateLimitPartition.GetNoLimiter("les"));
    // Consent choices are anonymous and each is recorded: at most 30 an hour per address (held in memory only, never stored).
    o.AddPolicy(BKK.Portal.Web.Pages.Privacy.CookiesModel.RateLimitPolicy, context => HttpMethods.IsPost(context.Request.Method)
        ? Hardening.FixedWindow(context.Connection.RemoteIpAddress?.ToString() ?? "ukjent", consentChoices, TimeSpan.FromHours(1))
        : RateLimitPartition.GetNoLimiter("les"));
});

// The validators' rules as data-val attributes, mirrored in the browser by jquery-validation (vendored in wwwroot/lib).
builder.Services.AddFluentValidationClientsideAdapters();
builder.Services.AddRazorPages(o =>
{
    o.Conventions.AddPageRoute("/Index", "kundeforhold/{kundenummer:regex(^\\d{{8}}$)}");
    o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
}).AddMvcOptions(o =>
{
    o.Filters.Add<MethodNotAllowedFilter>();
    o.Filters.Add<RelationshipSelectionFilter>();
});

var app = builder.Build();

// The notice and the system's behaviour come from this catalogue: a broken one stops the portal here.
app.Services.GetRequiredService<PrivacyCatalogue>().EnsureValid();
app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LoginSessionOptions>>().Value.EnsureValid();

if (migrateOnly)
{
    await app.Services.MigratePortalDatabaseAsync();
    Console.WriteLine("Databasen er oppdatert.");
    return;
}

await app.Services.InitializePortalDatabaseAsync(seedDemoData && !environment.IsProduction());
if (importFile is not null)
{
    Environment.ExitCode = await ImportCommand.RunAsync(app, importFile, Console.Out, CancellationToken.None);
    return;
}

if (retention)
{
    Environment.ExitCode = await RetentionCommand.RunAsync(app, retentionDryRun, Console.Out, CancellationToken.None);
    return;
}

if (oidc.UsesEmbeddedDevIdentity)
{
    await app.Services.InitializeDevIdentityAsync();
}

app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture(DisplayNames.Norwegian),
    SupportedCultures = [DisplayNames.Norwegian],
    SupportedUICultures = [DisplayNames.Norwegian],
});
app.UseReverseProxyHeaders(configuration);
app.UseSerilogRequestLogging();
if (!environment.IsDevelopment())
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
var analyticsOn = !string.IsNullOrWhiteSpace(configuration[$"{ThirdPartyOptions.SectionName}:AnalyticsMeasurementId"]);
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

await app.RunAsync();

/// <summary>The entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
