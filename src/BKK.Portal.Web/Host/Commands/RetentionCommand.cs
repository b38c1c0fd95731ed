using BKK.Portal.Application.Retention;
using BKK.Portal.Domain.Privacy;

namespace BKK.Portal.Web.Host.Commands;

/// <summary>
/// <c>dotnet run --project src/BKK.Portal.Web -- retention [--dry-run] [settings]</c>: runs the
/// retention job now with the portal's configuration and prints what went (or, with --dry-run,
/// what would go) per category of the privacy catalogue.
/// Exit code 0 when the run completed, 3 when another instance holds the lease, 2 when it failed.
/// </summary>
public static class RetentionCommand
{
    public static async Task<int> RunAsync(WebApplication app, bool dryRun, TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        RetentionReport report;
        try
        {
            report = await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(dryRun, cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            // The database could not be reached to take the lease or record the run: nothing was changed.
            await output.WriteLineAsync($"Sletting kunne ikke kjøres: {e.GetType().Name}. Se loggen; ingenting er endret av denne kjøringen.");
            return 2;
        }

        await output.WriteLineAsync(report.ToTable(scope.ServiceProvider.GetRequiredService<PrivacyCatalogue>()));
        return report.Outcome switch
        {
            RetentionRunOutcome.Completed => 0,
            RetentionRunOutcome.Skipped => 3,
            _ => 2,
        };
    }
}
