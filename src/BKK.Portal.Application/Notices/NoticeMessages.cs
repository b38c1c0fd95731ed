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
public sealed class NoticeMessages(IPortalDbContext db, NotificationRecipients recipients, MessageComposer composer)
{
    /// <returns>How many messages were written.</returns>
    public async Task<int> WriteAsync(OperationalNotice notice, bool closed, CancellationToken cancellationToken)
    {
        var kind = notice.Kind == NoticeKind.Outage ? NotificationKind.Outage : NotificationKind.PlannedWork;
        var points = NoticeAreas.Covered(db.MeteringPoints, notice.Areas);
        var grants = db.AccessGrants.Where(g => points.Any(p => p.CustomerRelationshipId == g.CustomerRelationshipId));
        var to = await recipients.OfAsync(grants, kind, cancellationToken);
        var link = composer.Link("/driftsmeldinger");
        var prefix = notice.Kind == NoticeKind.Outage ? "Outage" : "PlannedWork";
        var step = closed ? (notice.Kind == NoticeKind.Outage ? ".Solved" : ".Done") : string.Empty;
        var messages = composer.Compose(to, kind, $"notice:{notice.Reference}:{(closed ? "closed" : "new")}", r =>
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

        // A notice's event happens once (a new reference, or the one closing): its keys cannot be in the outbox yet.
        db.OutboxMessages.AddRange(messages);
        return messages.Count;
    }

    private static string Moment(Language language, DateTime utc) => NotificationTexts.Format(language, "Moment", OsloTime.ToLocal(utc));

    private static string End(Language language, DateTime? utc) =>
        utc is { } end ? Moment(language, end) : NotificationTexts.Get(language, "ExpectedEnd.Unknown");
}
