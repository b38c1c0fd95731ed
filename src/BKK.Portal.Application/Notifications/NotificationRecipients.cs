using BKK.Portal.Domain.Notifications;

namespace BKK.Portal.Application.Notifications;

/// <summary>
/// Who is told about a relationship: every person with a grant to it, with their stored choice or the default
/// (an owner gets outages and planned work by SMS; a fullmakt nothing until chosen). A limited fullmakt is never
/// told about invoices or inquiries, whatever is stored, since it does not show them.
/// </summary>
public sealed class NotificationRecipients(IPortalDbContext db)
{
    /// <summary>The recipients of one relationship.</summary>
    public Task<List<Recipient>> OfAsync(int relationshipId, NotificationKind kind, CancellationToken cancellationToken) =>
        OfAsync(db.AccessGrants.Where(g => g.CustomerRelationshipId == relationshipId), kind, cancellationToken);

    /// <summary>The recipients among the grants the query gives (composed into one database query, however many).</summary>
    public async Task<List<Recipient>> OfAsync(IQueryable<AccessGrant> grants, NotificationKind kind, CancellationToken cancellationToken)
    {
        var rows = await (
            from grant in grants
            join person in db.People on grant.PersonId equals person.Id
            from choice in db.NotificationChoices
                .Where(c => c.PersonId == grant.PersonId && c.CustomerRelationshipId == grant.CustomerRelationshipId)
                .DefaultIfEmpty()
            select new
            {
                PersonId = person.Id,
                grant.CustomerRelationshipId,
                grant.Level,
                person.Contact.Phone,
                person.Contact.Email,
                Stored = choice != null,
                Sms = choice != null ? choice.SmsKinds : NotificationKind.None,
                EmailKinds = choice != null ? choice.EmailKinds : NotificationKind.None,
                Language = choice != null ? choice.Language : Language.Bokmal,
                CapacityMarginKw = choice != null ? choice.CapacityMarginKw : null,
                DailyLimitKwh = choice != null ? choice.DailyLimitKwh : null,
            })
            .ToListAsync(cancellationToken);

        var recipients = new List<Recipient>(rows.Count);
        foreach (var row in rows)
        {
            var (sms, email) = row.Stored ? (row.Sms, row.EmailKinds) : NotificationChoice.Default(row.Level == AccessLevel.Owner);
            var allowed = row.Level == AccessLevel.Limited ? ~NotificationKinds.NeedFullAccess : ~NotificationKind.None;
            sms &= allowed & kind;
            email &= allowed & kind;
            if (sms == NotificationKind.None && email == NotificationKind.None)
            {
                continue;
            }

            recipients.Add(new Recipient(
                row.PersonId, row.CustomerRelationshipId, MobileNumber.From(row.Phone), row.Email, row.Language,
                sms, email, row.CapacityMarginKw, row.DailyLimitKwh));
        }

        return recipients;
    }
}
