using BKK.Portal.Application.Access;
using BKK.Portal.Application.Privacy;
using BKK.Portal.Application.Retention;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Tests.Retention;

/// <summary>The messages sent are deleted the number of days after sending that the notice promises; one still waiting is kept.</summary>
public sealed class MessageRetentionTests
{
    private static readonly DateTime Now = new(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);

    private static OutboxMessage Message(string key, DateTime created) =>
        new(key, NotificationKind.Outage, NotificationChannel.Sms, null, null, "+4791234567", Language.Bokmal, null, "Strømbrudd", null, created);

    [Fact]
    public async Task Sent_and_failed_messages_go_the_catalogues_days_after_their_last_attempt_and_waiting_ones_stay()
    {
        await using var database = await TestDatabase.CreateAsync();
        var days = BkkPrivacyCatalogue.Current.RetentionFor("messages").DaysAfterRecord!.Value;
        var old = Now.AddDays(-days - 1);
        var young = Now.AddDays(-days + 1);

        var sentLongAgo = Message("a", old);
        sentLongAgo.MarkSent(old, "gw-1");
        var sentLately = Message("b", old);
        sentLately.MarkSent(young, "gw-2"); // created long ago, but sent within the days
        var failedLongAgo = Message("c", old);
        failedLongAgo.MarkAttemptFailed(old, "sms http 400", 6, _ => TimeSpan.Zero, permanent: true);
        var stillWaiting = Message("d", old);
        database.Db.OutboxMessages.AddRange(sentLongAgo, sentLately, failedLongAgo, stillWaiting);
        await database.Db.SaveChangesAsync();

        var job = new RetentionJob(
            database.Db, new MeterValueWriter(database.Db), BkkPrivacyCatalogue.Current, new ManualClock(new DateTimeOffset(Now)),
            Options.Create(new RetentionOptions()), Options.Create(new LoginSessionOptions()), NullLogger<RetentionJob>.Instance);
        var report = await job.RunAsync(dryRun: false, CancellationToken.None);

        Assert.Equal(["b", "d"], await database.Db.OutboxMessages.AsNoTracking().OrderBy(m => m.IdempotencyKey).Select(m => m.IdempotencyKey).ToListAsync());
        Assert.Equal(2, report[RetentionItem.OutboxMessages]);
    }
}
