using BKK.Portal.Application.Sharing;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Web.Sharing;

/// <summary>Writes the counted API calls every few seconds, and once more when the portal stops (<see cref="ApiUsageCounter"/>).</summary>
public sealed partial class ApiUsageFlushService(ApiUsageCounter counter, IServiceScopeFactory scopes, IOptions<ApiOptions> options, ILogger<ApiUsageFlushService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.UsageFlushSeconds)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping: the last counts are written below
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (!counter.HasPending)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await counter.FlushAsync(scope.ServiceProvider.GetRequiredService<IPortalDbContext>(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFlushFailed(logger, e); // kept in memory for the next flush
        }
    }

    [LoggerMessage(EventId = 4700, Level = LogLevel.Warning, Message = "The API call counts could not be written; they are kept for the next try")]
    private static partial void LogFlushFailed(ILogger logger, Exception exception);
}
