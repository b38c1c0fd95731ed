using BKK.Portal.Domain.Notifications;

namespace BKK.Portal.Application.Notifications;

/// <summary>
/// One way out for messages (e-mail through SMTP, SMS through the gateway, or a folder in development). A channel
/// sends the message's idempotency key with it, so sending a message again after a crash gives the same message.
/// </summary>
public interface IMessageChannel
{
    NotificationChannel Channel { get; }

    /// <summary>How many messages a second this channel may start at most (the gateway's limit); null: no limit.</summary>
    int? PerSecond { get; }

    /// <summary>What it is, for the log line at start ("SMTP smtp.example.no:587", "folder data/outbox").</summary>
    string Description { get; }

    /// <summary>Sends the messages of one round, at most <c>concurrency</c> at once; a result per message, in order.</summary>
    /// <remarks>An exception is never thrown for a message that was not accepted: it is a result.</remarks>
    Task<IReadOnlyList<DeliveryResult>> SendAsync(IReadOnlyList<OutboxMessage> messages, SendPacer pacer, CancellationToken cancellationToken);
}
