using BKK.Portal.Application.Access;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Notifications;
using FluentValidation;
using FluentValidation.Results;

namespace BKK.Portal.Application.Notifications;

/// <summary>What the choices page shows: the person's choices for the relationship, and where messages would go.</summary>
public sealed record NotificationChoiceView(
    NotificationKind Sms, NotificationKind Email, Language Language, decimal? CapacityMarginKw, decimal? DailyLimitKwh,
    bool IsDefault, IReadOnlyList<NotificationKind> Kinds, string? Mobile, string? EmailAddress, bool MayChange);

/// <summary>What an unsubscribe link did.</summary>
public enum UnsubscribeOutcome
{
    TurnedOff,
    Gone,
}

/// <summary>
/// The logged-in person's choice of messages for a relationship (the page Varsler), and the unsubscribe link, which
/// works without login for the one person, relationship and kind it names. A limited fullmakt is not offered the
/// kinds about money and cases, and customer service reading a customer changes nothing.
/// </summary>
public sealed class NotificationChoices(IPortalDbContext db, ICurrentUser user, TimeProvider clock, IValidator<ChooseNotifications> validator, AuditLog audit)
{
    public async Task<NotificationChoiceView> GetAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        var person = await PersonAsync(cancellationToken);
        var stored = await db.NotificationChoices.AsNoTracking()
            .SingleOrDefaultAsync(c => c.PersonId == person.Id && c.CustomerRelationshipId == relationship.RelationshipId, cancellationToken);
        var kinds = KindsFor(relationship);
        var (sms, email) = stored is null ? NotificationChoice.Default(relationship.Level == AccessLevel.Owner) : (stored.SmsKinds, stored.EmailKinds);
        return new NotificationChoiceView(
            sms, email, stored?.Language ?? Languages.Current, stored?.CapacityMarginKw, stored?.DailyLimitKwh, stored is null, kinds,
            MobileNumber.From(person.Contact.Phone), person.Contact.Email, !relationship.IsStaffReading);
    }

    public async Task<ValidationResult> SaveAsync(AuthorizedRelationship relationship, ChooseNotifications command, CancellationToken cancellationToken)
    {
        relationship.EnsureCustomerMayChange();
        var result = await validator.ValidateAsync(command, cancellationToken);
        if (!result.IsValid)
        {
            return result;
        }

        var person = await PersonAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var choice = await db.NotificationChoices.SingleOrDefaultAsync(c => c.PersonId == person.Id && c.CustomerRelationshipId == relationship.RelationshipId, cancellationToken);
        if (choice is null)
        {
            choice = new NotificationChoice(person.Id, relationship.RelationshipId, now);
            db.NotificationChoices.Add(choice);
        }

        var allowed = ChooseNotifications.Combine(KindsFor(relationship));
        choice.Choose(
            ChooseNotifications.Combine(command.Sms) & allowed, ChooseNotifications.Combine(command.Email) & allowed,
            Languages.FromTag(command.Language)!.Value, ChooseNotifications.Number(command.CapacityMarginKw), ChooseNotifications.Number(command.DailyLimitKwh), now);
        audit.Add(relationship, AuditAction.NotificationsChanged);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>The unsubscribe link: turns the kind off for its person and relationship, from the defaults if nothing was stored.</summary>
    public async Task<UnsubscribeOutcome> UnsubscribeAsync(UnsubscribeRequest request, CancellationToken cancellationToken)
    {
        var grant = await db.AccessGrants.AsNoTracking()
            .SingleOrDefaultAsync(g => g.PersonId == request.PersonId && g.CustomerRelationshipId == request.CustomerRelationshipId, cancellationToken);
        if (grant is null)
        {
            return UnsubscribeOutcome.Gone; // the access or the relationship has ended: nothing goes any more anyway
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var choice = await db.NotificationChoices.SingleOrDefaultAsync(c => c.PersonId == request.PersonId && c.CustomerRelationshipId == request.CustomerRelationshipId, cancellationToken);
        if (choice is null)
        {
            var (sms, email) = NotificationChoice.Default(grant.Level == AccessLevel.Owner);
            choice = new NotificationChoice(request.PersonId, request.CustomerRelationshipId, now);
            choice.Choose(sms, email, Language.Bokmal, null, null, now);
            db.NotificationChoices.Add(choice);
        }

        choice.TurnOff(request.Kind, now);
        await db.SaveChangesAsync(cancellationToken);
        return UnsubscribeOutcome.TurnedOff;
    }

    private static List<NotificationKind> KindsFor(AuthorizedRelationship relationship) =>
        NotificationKinds.All.Where(k => relationship.CoversAccountData || (k & NotificationKinds.NeedFullAccess) == 0).ToList();

    private async Task<Person> PersonAsync(CancellationToken cancellationToken)
    {
        var subject = user.Subject ?? throw new RelationshipAccessDeniedException();
        return await db.People.AsNoTracking().SingleAsync(p => p.Subject == subject, cancellationToken);
    }
}
