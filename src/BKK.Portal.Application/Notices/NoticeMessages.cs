using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Notices;
using BKK.Portal.Domain.Notifications;

namespace BKK.Portal.Application.Notices;

/// <summary>
/// The messages of a driftsmelding, written to the outbox in the save that records the notice: when it is made
/// ("there is an outage", "planned work will cut the power") and when it is closed ("the power is back", "the work is
/// done"). One message per person and channel, however many of their metering points the area covers; the people
/// are those with a grant to a relationship with a covered point who want the kind (outages and planned work go by
/// SMS by default to an owner with a mobile number).
/// </summary>
public sealed class NoticeMessages(IPortalDbContext db, NotificationRecipients recipients, MessageComposer composer, IOutboxWriter outbox)
{
    /// <summary>
    /// Saves the notice (new, or changed) and, when it is new or this change closed it, its messages, in one transaction.
    /// </summary>
    /// <returns>How many messages were written.</returns>
    public Task<int> SaveAsync(OperationalNotice notice, bool isNew, bool closed, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (isNew && db.Entry(notice).State == EntityState.Detached)
            {
                db.OperationalNotices.Add(notice);
            }

            await db.SaveChangesAsync(cancellationToken);
            var messages = isNew || closed ? await ComposeAsync(notice, closed, cancellationToken) : [];
            await outbox.WriteAsync(messages, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return messages.Count;
        });
    }

    /// <summary>
    /// The messages of the notice's event. A notice's event happens once (a new reference, or the one change that
    /// closes it), so its keys cannot be in the outbox yet.
    /// </summary>
    private async Task<List<OutboxMessage>> ComposeAsync(OperationalNotice notice, bool closed, CancellationToken cancellationToken)
    {
        var kind = notice.Kind == NoticeKind.Outage ? NotificationKind.Outage : NotificationKind.PlannedWork;

        // An uncorrelated IN (SELECT …): the database works out the covered relationships once (a correlated EXISTS per
        // grant made SQLite scan the metering points for each of 50,000 grants; docs/performance.md).
        var relationships = NoticeAreas.Covered(db.MeteringPoints, notice.Areas).Select(p => p.CustomerRelationshipId);
        var grants = db.AccessGrants.Where(g => relationships.Contains(g.CustomerRelationshipId));
        var to = await recipients.OfAsync(grants, kind, cancellationToken);
        var link = composer.Link("/driftsmeldinger");
        var prefix = notice.Kind == NoticeKind.Outage ? "Outage" : "PlannedWork";
        var step = closed ? (notice.Kind == NoticeKind.Outage ? ".Solved" : ".Done") : string.Empty;
        return composer.Compose(to, kind, $"notice:{notice.Reference}:{(closed ? "closed" : "new")}", r =>
        {
            var language = r.Language;
            var text = notice.Text(language);
            var body = closed
                ? NotificationTexts.Format(language, $"{prefix}{step}.Text", text, link)
                : notice.Kind == NoticeKind.Outage
                    ? NotificationTexts.Format(language, "Outage.Text", text, End(language, notice.ExpectedEndUtc), link)
                    : NotificationTexts.Format(language, "PlannedWork.Text", Moment(language, notice.StartUtc), End(language, notice.ExpectedEndUtc), text, link);
            return new MessageText(NotificationTexts.Get(language, $"{prefix}{step}.Subject"), body);
        });
    }

    private static string Moment(Language language, DateTime utc) => NotificationTexts.Format(language, "Moment", OsloTime.ToLocal(utc));

    private static string End(Language language, DateTime? utc) =>
        utc is { } end ? Moment(language, end) : NotificationTexts.Get(language, "ExpectedEnd.Unknown");
}
