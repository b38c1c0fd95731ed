using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Infrastructure.Notifications;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Web.Host;

/// <summary>
/// Turns the import's checks into consumption alerts, new invoices into invoice-ready messages and meters due to be read into reminders, and runs the outbox dispatcher every <see cref="NotificationOptions.PollInterval"/> on every serving instance; the
/// lease in the database lets one of them work a batch at a time, and another takes over when it dies. At start it
/// says where messages go, and loudly when a channel writes to a folder instead of sending.
/// </summary>
public sealed partial class OutboxDispatchService(
    IServiceScopeFactory scopes, IEnumerable<IMessageChannel> channels, IOptions<NotificationOptions> options, ILogger<OutboxDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var channel in channels)
        {
            if (channel is FolderChannel folder)
            {
                LogFolder(logger, channel.Channel, folder.Folder);
            }
            else
            {
                LogChannel(logger, channel.Channel, channel.Description);
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // The import's checks and new invoices become messages first, so the round after them sends them.
                await InScopeAsync<ConsumptionAlerts>((alerts, ct) => alerts.RunAsync(ct), stoppingToken);
                await InScopeAsync<InvoiceAnnouncements>((invoices, ct) => invoices.RunAsync(ct), stoppingToken);
                if (options.Value.ReadingReminders)
                {
                    await InScopeAsync<Application.Requests.ReadingReminders>((reminders, ct) => reminders.RunAsync(ct), stoppingToken);
                }

                await InScopeAsync<OutboxDispatcher>((dispatcher, ct) => dispatcher.RunAsync(ct), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogFailed(logger, e); // the database away, or the lease taken by another instance: the next round goes on
            }

            await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }

    /// <summary>Runs one job in a scope (its own database context) of its own.</summary>
    private async Task InScopeAsync<TJob>(Func<TJob, CancellationToken, Task<int>> run, CancellationToken cancellationToken)
        where TJob : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>(), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Messages are NOT sent: {Channel} messages are written to the folder {Folder} (set Smtp:Host and Sms:Endpoint to send)")]
    private static partial void LogFolder(ILogger logger, NotificationChannel channel, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} messages are sent through {Description}")]
    private static partial void LogChannel(ILogger logger, NotificationChannel channel, string description);

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of the outbox dispatcher failed; the next round tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
