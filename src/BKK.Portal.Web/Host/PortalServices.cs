using BKK.Portal.Application.Notifications;
using BKK.Portal.Application;
using BKK.Portal.Application.Retention;
using BKK.Portal.DevIdentity;
using BKK.Portal.Infrastructure;
using BKK.Portal.Infrastructure.Logging;
using BKK.Portal.Web.Access;
using BKK.Portal.Web.Authentication;
using BKK.Portal.Web.Consent;
using BKK.Portal.Web.CustomerService;
using BKK.Portal.Web.Sharing;
using BKK.Portal.Application.CustomerService;
using FluentValidation.AspNetCore;
using Microsoft.Extensions.Localization;
using Serilog;

namespace BKK.Portal.Web.Host;

/// <summary>The services of the portal: the layers below, then the web's own (login, limits, pages).</summary>
public static class PortalServices
{
    public static void AddPortal(this WebApplicationBuilder builder, OidcSettings oidc, PortalCommand command)
    {
        var (services, configuration, environment) = (builder.Services, builder.Configuration, builder.Environment);
        builder.Host.UseSerilog((context, logger) =>
            logger.ConfigurePortalLogging(context.Configuration, context.HostingEnvironment.ContentRootPath, "portal", context.HostingEnvironment.IsDevelopment()));
        CachingLoggerFactory.Decorate(services);
        services.AddPortalApplication(configuration);
        services.AddPortalInfrastructure(configuration, environment.ContentRootPath, requireKeyCertificate: environment.IsProduction());

        // Norwegian (and Sami) letters and typographic punctuation (– … «») go out as characters, not as &#xE5;;
        // markup characters and quotes stay encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(
                System.Text.Unicode.UnicodeRanges.BasicLatin, System.Text.Unicode.UnicodeRanges.Latin1Supplement, System.Text.Unicode.UnicodeRanges.LatinExtendedA,
                System.Text.Unicode.UnicodeRanges.GeneralPunctuation));
        builder.AddSecurityHeaders();
        services.AddPortalRateLimits(configuration);
        services.AddHttpContextAccessor();
        if (command.Serves && (configuration.GetSection(RetentionOptions.SectionName).Get<RetentionOptions>() ?? new RetentionOptions()).Enabled)
        {
            services.AddHostedService<RetentionScheduler>();
        }

        // Messages: every serving instance may dispatch; the lease lets one at a time work a batch (ADR 0027).
        if (command.Serves && (configuration.GetSection(NotificationOptions.SectionName).Get<NotificationOptions>() ?? new NotificationOptions()).Dispatch)
        {
            services.AddHostedService<OutboxDispatchService>();
        }

        // The live chat: SignalR, across instances through Redis when a connection string is set (ADR 0026).
        var signalR = services.AddSignalR(o => o.MaximumReceiveMessageSize = 16 * 1024);
        if (configuration["Redis:ConnectionString"] is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("bkk-portal"));
        }

        services.AddSingleton<ChatRateLimiter>();
        if (command.Serves)
        {
            services.AddHostedService<ChatSweeper>();
        }

        services.AddSingleton<ConsentCookie>();
        services.Configure<ThirdPartyOptions>(configuration.GetSection(ThirdPartyOptions.SectionName));
        services.Configure<ReverseProxyOptions>(configuration.GetSection(ReverseProxyOptions.SectionName));
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<RelationshipSelector>();
        services.AddScoped<ShellQuery>();
        services.AddPortalAuthentication(oidc);
        if (oidc.UsesEmbeddedDevIdentity)
        {
            services.AddDevIdentity(configuration, environment.ContentRootPath);
        }

        services.AddSharingApi(configuration, command.Serves);
        services.AddPortalPolicies(configuration.GetSection(StaffOptions.SectionName).Get<StaffOptions>() ?? new StaffOptions());
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "bkk.portal.antiforgery";
            // One cookie for the whole site. Without a path the cookie takes the request's PathBase, so the development
            // provider's login form (mapped under /dev-idp) made a second cookie of the same name for /dev-idp; a page
            // of the portal answered at the same time (the browser's own /favicon.ico) then made one for /, and the
            // browser sent both with the login, the wrong one last: "Skjemaet er utløpt" (AntiforgeryCookieTests).
            o.Cookie.Path = "/";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__RequestVerificationToken";
        });

        // The validators' rules as data-val attributes, mirrored in the browser by jquery-validation (vendored in wwwroot/lib).
        services.AddFluentValidationClientsideAdapters();
        // Texts from resource files beside their marker classes (SharedTexts.resx, SharedTexts.nn.resx, SharedTexts.en.resx); ADR 0022.
        services.AddLocalization();
        services.AddSingleton<MissingTexts>();
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, ReportingStringLocalizerFactory>();
        // HTML compressed as it is written (static files come precompressed); ADR 0028 says why BREACH does not apply.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["text/html"];
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddRazorPages(o =>
        {
            o.Conventions.AddPageRoute("/Index", "kundeforhold/{kundenummer:regex(^\\d{{8}}$)}");
            o.Conventions.AuthorizeFolder("/CustomerService", StaffRoles.StaffPolicy);
            o.Conventions.AuthorizePage("/CustomerService/AccessLog", StaffRoles.LeadPolicy);
            o.Conventions.AuthorizePage("/Notices/Manage", StaffRoles.NoticesPolicy);
            o.Conventions.AuthorizePage("/Notices/Edit", StaffRoles.NoticesPolicy);
            o.Conventions.AuthorizePage("/Account/Logout", StaffRoles.AnyonePolicy);
            o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
        }).AddMvcOptions(o =>
        {
            o.Filters.Add<MethodNotAllowedFilter>();
            o.Filters.Add<RelationshipSelectionFilter>();
        }).AddViewLocalization();
    }

    /// <summary>Refuses to run with a catalogue or session setting that would break the privacy notice's promises.</summary>
    public static void EnsureValidPromises(this WebApplication app)
    {
        app.Services.GetRequiredService<PrivacyCatalogue>().EnsureValid();
        app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LoginSessionOptions>>().Value.EnsureValid();
    }
}
