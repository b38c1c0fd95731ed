using BKK.Portal.Domain.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Notifications;

/// <summary>
/// Sends what the outbox holds (ADR 0027). One round: take the lease (one instance at a time works a batch), take
/// the oldest messages that are due, send them through their channel a few at a time, and record each result right
/// after its group is sent. A message is recorded as sent only after the channel accepted it; if the process dies
/// between the two, the message is still pending and is sent again with the same idempotency key, which the SMS
/// gateway accepts once and which is the e-mail's Message-ID. A failed attempt waits (doubling) and is tried again;
/// after <see cref="NotificationOptions.MaximumAttempts"/> the message is failed and customer service sees it.
/// </summary>
public sealed partial class OutboxDispatcher(
    IPortalDbContext db, IEnumerable<IMessageChannel> channels, OutboxPacers pacers, TimeProvider clock, IOptions<NotificationOptions> options, ILogger<OutboxDispatcher> logger)
{
    public const string LeaseName = "notifications";

    private readonly NotificationOptions _options = options.Value;
    private readonly DatabaseLease _lease = new(db, clock, LeaseName, options.Value.LeaseDuration);
    private readonly Dictionary<NotificationChannel, IMessageChannel> _channels = channels.ToDictionary(c => c.Channel);

    /// <summary>Sends due messages until none are left or the lease is lost.</summary>
    /// <returns>How many messages were worked (sent, retried later or failed); 0 when another instance has the lease.</returns>
    public Task<int> RunAsync(CancellationToken cancellationToken) => _lease.RunAsync(() => SendDueAsync(cancellationToken), cancellationToken);

    private async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var worked = 0;
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var batch = await db.OutboxMessages
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptUtc <= now)
                .OrderBy(m => m.Id)
                .Take(_options.BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return worked;
            }

            foreach (var byChannel in batch.GroupBy(m => m.Channel))
            {
                var channel = _channels[byChannel.Key];
                foreach (var group in byChannel.Chunk(Math.Max(1, _options.Concurrency)))
                {
                    await _lease.RenewAsync(cancellationToken); // lost: another instance works the outbox now; stop before sending
                    var results = await channel.SendAsync(group, pacers.For(channel), cancellationToken);
                    Record(group, results);
                    await db.SaveChangesAsync(CancellationToken.None); // what was sent is recorded even when stopping
                    worked += group.Length;
                }
            }

            foreach (var message in batch)
            {
                db.Entry(message).State = EntityState.Detached; // a long run does not keep every message it sent
            }
        }
    }

    private void Record(OutboxMessage[] group, IReadOnlyList<DeliveryResult> results)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < group.Length; i++)
        {
            var (message, result) = (group[i], results[i]);
            if (result.Accepted)
            {
                message.MarkSent(now, result.Reference);
                continue;
            }

            message.MarkAttemptFailed(now, result.Error ?? "unknown", _options.MaximumAttempts, _options.BackOff, result.Permanent);
            if (message.Status == OutboxStatus.Failed)
            {
                LogFailed(logger, message.Id, message.Channel, message.Attempts, message.LastError);
            }
            else
            {
                LogRetry(logger, message.Id, message.Channel, message.Attempts, message.LastError, message.NextAttemptUtc);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} ({Channel}) failed after {Attempts} attempts: {Error}; customer service sees it among the failed messages")]
    private static partial void LogFailed(ILogger logger, long messageId, NotificationChannel channel, int attempts, string? error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Message {MessageId} ({Channel}) attempt {Attempts} failed: {Error}; next attempt at {Next:u}")]
    private static partial void LogRetry(ILogger logger, long messageId, NotificationChannel channel, int attempts, string? error, DateTime next);
}
