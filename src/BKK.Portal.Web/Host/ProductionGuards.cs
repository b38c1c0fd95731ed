using BKK.Portal.DevIdentity;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Web.Authentication;

namespace BKK.Portal.Web.Host;

/// <summary>
/// Settings that must never reach production, refused before anything starts: the development provider
/// (only in Development, or with <c>DevIdentity:Enabled</c> in a test environment), synthetic demo data and
/// synthetic identity numbers, and an http:// authority. The Data Protection key certificate is required in
/// Production by <c>AddPortalInfrastructure</c>.
/// </summary>
public static class ProductionGuards
{
    public static void Enforce(IHostEnvironment environment, IConfiguration configuration, OidcSettings oidc, PortalCommand command)
    {
        var devIdentity = configuration.GetSection(DevIdentityOptions.SectionName).Get<DevIdentityOptions>() ?? new DevIdentityOptions();
        if (!environment.IsProduction())
        {
            if (command.Serves)
            {
                oidc.EnsureProviderFor(environment.EnvironmentName, environment.IsDevelopment() || devIdentity.Enabled);
            }

            return;
        }

        oidc.EnsureFitForProduction();
        if ((configuration.GetSection(DemoDataOptions.SectionName).Get<DemoDataOptions>() ?? new DemoDataOptions()).Seed)
        {
            throw new InvalidOperationException("Demo:Seed is set: synthetic demo data is never written into a production database.");
        }

        if ((configuration.GetSection(Application.Common.IdentityNumberOptions.SectionName).Get<Application.Common.IdentityNumberOptions>() ?? new()).AcceptSyntheticNumbers)
        {
            throw new InvalidOperationException("Identity:AcceptSyntheticNumbers is set: synthetic identity numbers are for development and tests only.");
        }

        if (devIdentity.Enabled)
        {
            throw new InvalidOperationException("DevIdentity:Enabled is set: the development identity provider cannot run in Production.");
        }

        // A dispatching instance in production sends: writing messages to a folder would lose them for the customer.
        var notifications = configuration.GetSection(Application.Notifications.NotificationOptions.SectionName).Get<Application.Notifications.NotificationOptions>() ?? new();
        if (command.Serves && notifications.Dispatch)
        {
            if (string.IsNullOrWhiteSpace(configuration["Smtp:Host"]) || string.IsNullOrWhiteSpace(configuration["Sms:Endpoint"]))
            {
                throw new InvalidOperationException("Smtp:Host and Sms:Endpoint must be set in Production: without them messages would be written to a folder, not sent.");
            }

            if (!notifications.PublicBaseUrl.StartsWith("https://", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Notifications:PublicBaseUrl must be the portal's https address in Production: it is the link in every message.");
            }
        }
    }
}
