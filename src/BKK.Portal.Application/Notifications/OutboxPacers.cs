using System.Collections.Concurrent;

namespace BKK.Portal.Application.Notifications;

/// <summary>One <see cref="SendPacer"/> per channel for the whole process, so every round keeps the channel's limit.</summary>
public sealed class OutboxPacers(TimeProvider clock) : IDisposable
{
    private readonly ConcurrentDictionary<Domain.Notifications.NotificationChannel, SendPacer> _pacers = new();

    public SendPacer For(IMessageChannel channel) => _pacers.GetOrAdd(channel.Channel, _ => new SendPacer(channel.PerSecond, clock));

    public void Dispose()
    {
        foreach (var pacer in _pacers.Values)
        {
            pacer.Dispose();
        }
    }
}
