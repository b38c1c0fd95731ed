using BKK.Portal.Application.Access;
using BKK.Portal.Domain.Notifications;

namespace BKK.Portal.Application.Notifications;

/// <summary>A message that did not get through, as customer service sees it: the recipient masked, no text.</summary>
public sealed record FailedMessageRow(
    long Id, NotificationKind Kind, NotificationChannel Channel, string MaskedRecipient, string? CustomerNumber,
    int Attempts, string? LastError, DateTime CreatedUtc, DateTime? LastAttemptUtc);

/// <summary>How the outbox stands: waiting, failed, and sent the last day.</summary>
public sealed record DeliveryCounts(int Pending, int Failed, int SentLastDay);

/// <summary>
/// Customer service's view of delivery: the messages that failed after every attempt (newest first) and the counts,
/// and sending a failed one again. Staff see neither the text nor the whole address, only what finds the customer
/// (the customer number, to open on need) and what went wrong.
/// </summary>
public sealed class DeliveryReview(IPortalDbContext db, ICurrentUser user, TimeProvider clock)
{
    public const int PageSize = 100;

    public async Task<DeliveryCounts> CountsAsync(CancellationToken cancellationToken)
    {
        var dayAgo = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var pending = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending, cancellationToken);
        var failed = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken);
        var sent = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent && m.SentUtc >= dayAgo, cancellationToken);
        return new DeliveryCounts(pending, failed, sent);
    }

    public async Task<IReadOnlyList<FailedMessageRow>> FailedAsync(CancellationToken cancellationToken)
    {
        var rows = await (
            from m in db.OutboxMessages
            where m.Status == OutboxStatus.Failed
            orderby m.LastAttemptUtc descending, m.Id descending
            from r in db.CustomerRelationships.Where(r => r.Id == m.CustomerRelationshipId).DefaultIfEmpty()
            select new { m.Id, m.Kind, m.Channel, m.Recipient, CustomerNumber = r != null ? r.CustomerNumber : null, m.Attempts, m.LastError, m.CreatedUtc, m.LastAttemptUtc })
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        return rows.Select(m => new FailedMessageRow(
            m.Id, m.Kind, m.Channel, Mask(m.Channel, m.Recipient), m.CustomerNumber?.ToString(), m.Attempts, m.LastError, m.CreatedUtc, m.LastAttemptUtc)).ToList();
    }

    /// <summary>Sends a failed message again, from its first attempt.</summary>
    /// <returns>False when there is no such failed message (sent meanwhile, or never failed).</returns>
    public async Task<bool> RetryAsync(long id, CancellationToken cancellationToken)
    {
        _ = user.Staff is { IsCustomerService: true } ? true : throw new InvalidOperationException("Only customer service sends a message again.");
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id && m.Status == OutboxStatus.Failed, cancellationToken);
        if (message is null)
        {
            return false;
        }

        message.Retry(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>+47 9•• •• •12 and k•••@example.no: enough to tell two apart and to check with the customer, not to use.</summary>
    public static string Mask(NotificationChannel channel, string recipient)
    {
        if (channel == NotificationChannel.Email)
        {
            var at = recipient.IndexOf('@', StringComparison.Ordinal);
            return at <= 0 ? "•••" : $"{recipient[0]}•••{recipient[at..]}";
        }

        return recipient.Length <= 6 ? "•••" : $"{recipient[..4]}•••{recipient[^2..]}";
    }
}
