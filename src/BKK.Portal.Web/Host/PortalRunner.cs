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
        if (command.Kind == PortalCommandKind.Serve)
        {
            await InitializeDatabaseAsync(app);
            return await ServeCommand.RunAsync(app, oidc); // the host disposes itself when it stops
        }

        // A command ends with the host disposed: the logs are written on a background thread, and disposing the host
        // flushes what is still buffered (the last lines of an import or a retention run).
        await using (app)
        {
            return await RunCommandAsync(app, command);
        }
    }

    private static async Task<int> RunCommandAsync(WebApplication app, PortalCommand command)
    {
        if (command.Kind == PortalCommandKind.Migrate)
        {
            return await MigrateCommand.RunAsync(app, Console.Out);
        }

        await InitializeDatabaseAsync(app);
        return command.Kind switch
        {
            PortalCommandKind.Import => await ImportCommand.RunAsync(app, command.ImportFile!, Console.Out, CancellationToken.None),
            PortalCommandKind.Prices => await PricesCommand.RunAsync(app, command.PriceFiles!, command.PriceArea, Console.Out, CancellationToken.None),
            PortalCommandKind.DaySums => await DaySumsCommand.RunAsync(app, Console.Out, CancellationToken.None),
            PortalCommandKind.Retention => await RetentionCommand.RunAsync(app, command.DryRun, Console.Out, CancellationToken.None),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Kind, "Not a command."),
        };
    }

    /// <summary>Every command but migrate needs the database as the portal's first start makes it.</summary>
    private static Task InitializeDatabaseAsync(WebApplication app)
    {
        var seed = app.Services.GetRequiredService<IOptions<DemoDataOptions>>().Value.Seed && !app.Environment.IsProduction();
        return app.Services.InitializePortalDatabaseAsync(seed);
    }
}
