using BKK.Portal.Application.CustomerService;
using Microsoft.AspNetCore.SignalR;

namespace BKK.Portal.Web.CustomerService;

/// <summary>
/// Ends the chats nobody will come back to: the customer has been away longer than the chat cookie lives (a reload
/// after that starts afresh), or nothing has happened for <see cref="ChatOptions.IdleEnd"/>. Their transcripts go to
/// the inquiry log like any other. Several instances may sweep at once: ending claims the chat, so one does the work.
/// </summary>
public sealed partial class ChatSweeper(IServiceScopeFactory scopes, IHubContext<ChatHub> hub, PrivacyCatalogue catalogue, ILogger<ChatSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var awayLimit = catalogue.CookieFor(BkkPrivacyCatalogue.ChatCookieName)!.Lifetime.Duration!.Value;
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var chats = scope.ServiceProvider.GetRequiredService<ChatService>();
                foreach (var id in await chats.AbandonedAsync(awayLimit, stoppingToken))
                {
                    if (await chats.EndAsync(id, stoppingToken) is not null)
                    {
                        await hub.Clients.Group(ChatHub.ChatGroup(id)).SendAsync("Ended", id, stoppingToken);
                        await hub.Clients.Group(ChatHub.StaffGroup).SendAsync("QueueChanged", stoppingToken);
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning, Message = "Ending abandoned chats failed; the next round tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
