using BKK.Portal.Domain.Notifications;

namespace BKK.Portal.Application.Notifications;

/// <summary>
/// Writes many messages at once (a notice to a whole area) inside the transaction of their event, which the caller
/// has begun: on SQLite through one prepared statement reused for every row, elsewhere through EF Core.
/// </summary>
public interface IOutboxWriter
{
    Task WriteAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);
}
