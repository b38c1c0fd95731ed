using BKK.Portal.DevIdentity;
using BKK.Portal.Web.Authentication;

namespace BKK.Portal.Web.Host.Commands;

/// <summary>
/// <c>dotnet run --project src/BKK.Portal.Web [settings]</c> (no command word): the web server, with the
/// development provider's users when it is mounted in-process, until the host is stopped.
/// </summary>
public static class ServeCommand
{
    public static async Task<int> RunAsync(WebApplication app, OidcSettings oidc)
    {
        if (oidc.UsesEmbeddedDevIdentity)
        {
            await app.Services.InitializeDevIdentityAsync();
        }

        app.UsePortalMiddleware(oidc);
        await app.RunAsync();
        return 0;
    }
}
