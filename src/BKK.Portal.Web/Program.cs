using BKK.Portal.Web.Authentication;
using BKK.Portal.Web.Host;

// What to run: the web server, or one of the commands (migrate, import FILE, retention [--dry-run]); see Host/.
var command = PortalCommand.Parse(args, Console.Error);
if (command is null)
{
    Environment.ExitCode = 2;
    return;
}

var builder = WebApplication.CreateBuilder(command.HostArgs);
// Run from a build (dotnet run, the tests, the benchmarks) in any environment, static files include the compressed
// copies the build wrote under obj/ (ADR 0028); a published portal has them in wwwroot, and this does nothing.
builder.WebHost.UseStaticWebAssets();
var oidc = builder.Configuration.GetSection(OidcSettings.SectionName).Get<OidcSettings>() ?? new OidcSettings();
ProductionGuards.Enforce(builder.Environment, builder.Configuration, oidc, command);
builder.AddPortal(oidc, command);

var app = builder.Build();
// The notice and the system's behaviour come from one catalogue: a broken one stops the portal here.
app.EnsureValidPromises();
Environment.ExitCode = await app.RunPortalAsync(command, oidc);

/// <summary>The entry point, public for WebApplicationFactory in the tests.</summary>
public partial class Program;
