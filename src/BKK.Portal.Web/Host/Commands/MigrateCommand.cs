using BKK.Portal.Infrastructure.Persistence;

namespace BKK.Portal.Web.Host.Commands;

/// <summary>
/// <c>migrate [settings]</c>: applies every pending migration (and, for SQL Server, creates the portals' own
/// login), makes the first Data Protection key and exits: the deployment's one-shot step.
/// </summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync(WebApplication app, TextWriter output)
    {
        await app.Services.MigratePortalDatabaseAsync();
        await output.WriteLineAsync("Databasen er oppdatert.");
        return 0;
    }
}
