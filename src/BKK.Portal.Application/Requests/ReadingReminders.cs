using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Domain.Requests;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Requests;

/// <summary>
/// Reminds the people of a relationship that a meter which does not send values is due to be read
/// (<see cref="NotificationKind.ReadingDue"/>): <see cref="RegisterReadingService.IntervalDays"/> after the last reading,
/// and again every as many days while none comes, never while a reading waits for a check or after the relationship
/// ended. Each reminder's key (<c>reading-due:{point}:{last reading}:{round}</c>) makes it one message however often the
/// job runs and on however many instances; a lease lets one instance at a time write them.
/// </summary>
public sealed partial class ReadingReminders(
    IPortalDbContext db, NotificationRecipients recipients, MessageComposer composer, TimeProvider clock,
    IOptions<NotificationOptions> options, ILogger<ReadingReminders> logger)
{
    public const string LeaseName = "reading-reminders";

    private readonly DatabaseLease _lease = new(db, clock, LeaseName, options.Value.LeaseDuration);

    /// <returns>How many messages were written.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = OsloTime.Today(clock);
        var dueBy = RegisterReadingService.DueBy(today);
        var due = await (from m in db.MeteringPoints.AsNoTracking()
                         join c in db.CustomerRelationships on m.CustomerRelationshipId equals c.Id
                         where !m.SendsValues && (c.EndDate == null || c.EndDate >= today)
                         let last = db.RegisterReadings.Where(r => r.MeteringPointKey == m.Id && r.State == RegisterReadingState.Applied).Max(r => (DateOnly?)r.OnDate)
                         where last != null && last <= dueBy
                               && !db.RegisterReadings.Any(r => r.MeteringPointKey == m.Id && r.State == RegisterReadingState.AwaitingCheck)
                         select new { m.CustomerRelationshipId, m.MeteringPointId, m.Address, Last = last!.Value }).ToListAsync(cancellationToken);
        return due.Count == 0 ? 0 : await _lease.RunAsync(async () =>
        {
            var messages = new List<OutboxMessage>();
            foreach (var point in due)
            {
                var round = (today.DayNumber - point.Last.DayNumber - RegisterReadingService.IntervalDays) / RegisterReadingService.IntervalDays;
                var people = await recipients.OfAsync(point.CustomerRelationshipId, NotificationKind.ReadingDue, cancellationToken);
                var link = composer.Link("/anlegg/avlesning");
                messages.AddRange(composer.Compose(people, NotificationKind.ReadingDue, $"reading-due:{point.MeteringPointId.Value}:{point.Last:yyyyMMdd}:{round}", r => new MessageText(
                    NotificationTexts.Get(r.Language, "ReadingDue.Subject"),
                    NotificationTexts.Format(r.Language, "ReadingDue.Text", point.Address.ToString(), NotificationTexts.Format(r.Language, "Date", point.Last.ToDateTime(TimeOnly.MinValue)), link))));
            }

            var written = await composer.AddNewAsync(messages, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (written > 0)
            {
                LogWritten(logger, written);
            }

            return written;
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote {Count} reading reminders to the outbox")]
    private static partial void LogWritten(ILogger logger, int count);
}
