using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Web.Tests.Support;

/// <summary>The outbox of a portal's SQLite file, as the delivery tests fill and read it beside the running portals.</summary>
public static class OutboxFile
{
    public static PortalDbContext Open(string dataDirectory)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        PortalDbContextConfigurator.Configure(builder, DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataDirectory, "portal.db")};Mode=ReadWrite");
        return new PortalDbContext(builder.Options);
    }

    /// <summary>Writes <paramref name="count"/> messages on one channel, as an event would, and returns their keys.</summary>
    public static async Task<List<string>> EnqueueAsync(string dataDirectory, int count, NotificationChannel channel, string run)
    {
        await using var db = Open(dataDirectory);
        var keys = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var key = $"test:{run}:{i}:{(channel == NotificationChannel.Sms ? "sms" : "email")}";
            keys.Add(key);
            db.OutboxMessages.Add(channel == NotificationChannel.Sms
                ? new OutboxMessage(key, NotificationKind.Outage, channel, null, null, $"+4791{i:000000}", Language.Bokmal, null, $"Melding {i}", null, DateTime.UtcNow)
                : new OutboxMessage(key, NotificationKind.Outage, channel, null, null, $"kunde{i}@example.no", Language.Bokmal, "Strømbrudd", $"Melding {i}", $"<p>Melding {i}</p>", DateTime.UtcNow));
        }

        await db.SaveChangesAsync();
        return keys;
    }

    public static async Task<List<OutboxMessage>> ReadAsync(string dataDirectory, IReadOnlyCollection<string> keys)
    {
        await using var db = Open(dataDirectory);
        return await db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.IdempotencyKey)).ToListAsync();
    }

    /// <summary>Waits (up to <paramref name="within"/>) until every message of the keys is in a state the test wants.</summary>
    public static async Task<List<OutboxMessage>> WaitAsync(string dataDirectory, IReadOnlyCollection<string> keys, Func<OutboxMessage, bool> done, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (true)
        {
            var messages = await ReadAsync(dataDirectory, keys);
            if (messages.Count == keys.Count && messages.All(done))
            {
                return messages;
            }

            if (DateTime.UtcNow > until)
            {
                var states = string.Join(", ", messages.GroupBy(m => (m.Status, m.LastError)).Select(g => $"{g.Count()} {g.Key.Status} ({g.Key.LastError})"));
                throw new TimeoutException($"Within {within} the outbox did not get there: {states}.");
            }

            await Task.Delay(200);
        }
    }
}
