using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Authentication;
using BKK.Portal.Web.Host.Commands;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Web.Host;

/// <summary>Runs what the process was started for: one of the commands in <c>Commands/</c>, serving by default.</summary>
public static class PortalRunner
{
    public static async Task<int> RunPortalAsync(this WebApplication app, PortalCommand command, OidcSettings oidc)
    {
        if (command.Kind == PortalCommandKind.Migrate)
        {
            return await MigrateCommand.RunAsync(app, Console.Out);
        }

        // Every other command needs the database as the portal's first start makes it.
        var seed = app.Services.GetRequiredService<IOptions<DemoDataOptions>>().Value.Seed && !app.Environment.IsProduction();
        await app.Services.InitializePortalDatabaseAsync(seed);
        return command.Kind switch
        {
            PortalCommandKind.Import => await ImportCommand.RunAsync(app, command.ImportFile!, Console.Out, CancellationToken.None),
            PortalCommandKind.Prices => await PricesCommand.RunAsync(app, command.PriceFiles!, command.PriceArea, Console.Out, CancellationToken.None),
            PortalCommandKind.DaySums => await DaySumsCommand.RunAsync(app, Console.Out, CancellationToken.None),
            PortalCommandKind.Retention => await RetentionCommand.RunAsync(app, command.DryRun, Console.Out, CancellationToken.None),
            _ => await ServeCommand.RunAsync(app, oidc),
        };
    }
}
