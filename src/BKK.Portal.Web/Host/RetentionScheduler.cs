using System.Globalization;
using BKK.Portal.Application.Retention;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Web.Host;

/// <summary>
/// Runs the retention job once a day at <see cref="RetentionOptions.DailyAt"/> (Oslo time). Every
/// instance of the portal schedules it; the lease in the database lets one of them run it. A failed
/// run is logged and the next day's run finishes what it left.
/// </summary>
public sealed partial class RetentionScheduler(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var at = TimeOnly.ParseExact(options.Value.DailyAt, "HH:mm", CultureInfo.InvariantCulture);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var next = NextRun(now, at);
            LogNext(logger, next);
            await Task.Delay(next - now, clock, stoppingToken);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<RetentionJob>().RunAsync(dryRun: false, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e); // e.g. the database is away; tomorrow's run tries again
            }
        }
    }

    /// <summary>The next time the clock in Oslo shows <paramref name="at"/>, after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextRun(DateTimeOffset now, TimeOnly at)
    {
        var today = OsloTime.LocalDate(now.UtcDateTime);
        for (var day = today; ; day = day.AddDays(1))
        {
            var local = day.ToDateTime(at);
            var utc = OsloTime.Zone.IsInvalidTime(local)
                ? TimeZoneInfo.ConvertTimeToUtc(local.AddHours(1), OsloTime.Zone) // a time skipped by summer time runs an hour later
                : TimeZoneInfo.ConvertTimeToUtc(local, OsloTime.Zone);
            if (utc > now.UtcDateTime)
            {
                return new DateTimeOffset(utc, TimeSpan.Zero);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Next retention run at {Next:u}")]
    private static partial void LogNext(ILogger logger, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Error, Message = "The retention run could not start; the next daily run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
