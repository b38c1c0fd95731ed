using BKK.Portal.Application.Access;
using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Notifications;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Invoices;

/// <summary>The payout account as the page shows it: masked, with when a payout may go to it.</summary>
public sealed record PayoutAccountView(string? MaskedAccount, string? MaskedHolder, DateTime? ChangedUtc, DateTime? PayableFromUtc, bool Held);

/// <summary>What became of a change: its errors, or that the person must log in again first, or nothing (done).</summary>
public sealed record PayoutChange(ValidationResult Result, bool NeedsFreshLogin);

/// <summary>
/// Utbetalingskonto (issue 21, part 2): where money owed to the customer is paid. Only the holder sets it, and only on
/// a login made in the last <see cref="PayoutAccountOptions.FreshLogin"/> (the page sends an older one to log in
/// again). The change, its audit entry and a security notice to the holder's existing phone and e-mail are saved
/// together; a payout may go to a new account only after <see cref="PayoutAccount.Hold"/>.
/// </summary>
public sealed class PayoutAccountService(
    IPortalDbContext db, AuditLog audit, MessageComposer composer, TimeProvider clock, IOptions<PayoutAccountOptions> options, IValidator<ChangePayoutAccount> validator)
{
    public static bool MayChange(AuthorizedRelationship relationship) => relationship.IsCustomerHolder;

    /// <summary>Whether a login authenticated at <paramref name="authenticatedAt"/> may change the account now.</summary>
    public bool IsFresh(DateTimeOffset? authenticatedAt)
    {
        var now = clock.GetUtcNow();
        return authenticatedAt is { } at && now - at <= options.Value.FreshLogin && at <= now.AddMinutes(1);
    }

    public async Task<PayoutAccountView> GetAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        if (!relationship.CoversAccountData)
        {
            throw new RelationshipAccessDeniedException();
        }

        var account = await db.PayoutAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.CustomerRelationshipId == relationship.RelationshipId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return account?.AccountNumber is { } number
            ? new PayoutAccountView(PayoutAccount.Mask(number), PayoutAccount.MaskName(account.HolderName!), account.ChangedUtc, account.PayableFromUtc, account.PayableAccount(now) is null)
            : new PayoutAccountView(null, null, account?.ChangedUtc, null, false);
    }

    /// <summary>The account a payout of the relationship may go to at <paramref name="asOfUtc"/>: none without one, and none while a new one is held.</summary>
    public async Task<string?> PayableAccountAsync(int relationshipId, DateTime asOfUtc, CancellationToken cancellationToken) =>
        (await db.PayoutAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.CustomerRelationshipId == relationshipId, cancellationToken))?.PayableAccount(asOfUtc);

    public async Task<PayoutChange> ChangeAsync(AuthorizedRelationship relationship, ChangePayoutAccount command, DateTimeOffset? authenticatedAt, CancellationToken cancellationToken)
    {
        relationship.EnsureCustomerMayChange();
        if (!MayChange(relationship))
        {
            throw new RelationshipAccessDeniedException();
        }

        if (!IsFresh(authenticatedAt))
        {
            return new PayoutChange(new ValidationResult(), NeedsFreshLogin: true);
        }

        var result = await validator.ValidateAsync(command, cancellationToken);
        if (!result.IsValid)
        {
            return new PayoutChange(result, false);
        }

        var number = command.GivesAccount ? BankAccountNumber.Parse(command.AccountNumber).Value : null;
        var account = await db.PayoutAccounts.SingleOrDefaultAsync(a => a.CustomerRelationshipId == relationship.RelationshipId, cancellationToken);
        if (account is null)
        {
            account = new PayoutAccount(relationship.RelationshipId);
            db.PayoutAccounts.Add(account);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        account.Change(number, command.HolderName, now);
        var masked = number is null ? "ingen" : PayoutAccount.Mask(number.Value);
        audit.Add(relationship, AuditAction.PayoutAccountChanged, detail: masked);
        await NotifyHolderAsync(relationship, number, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken); // the account, its audit entry and the notices, or none of them
        return new PayoutChange(result, false);
    }

    /// <summary>A security notice by SMS and e-mail to the holder's contact data as it is: whoever changed the account, the holder learns of it.</summary>
    private async Task NotifyHolderAsync(AuthorizedRelationship relationship, BankAccountNumber? number, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var holders = await db.OwnerGrants(relationship.RelationshipId).Select(g => new
        {
            g.Person.Id,
            g.Person.Contact.Phone,
            g.Person.Contact.Email,
            Language = db.NotificationChoices.Where(c => c.PersonId == g.PersonId && c.CustomerRelationshipId == relationship.RelationshipId)
                .Select(c => (Language?)c.Language).FirstOrDefault(),
        }).ToListAsync(cancellationToken);
        const NotificationKind kind = NotificationKind.PayoutAccountChanged;
        var recipients = holders.Select(h => new Recipient(h.Id, relationship.RelationshipId, MobileNumber.From(h.Phone), h.Email, h.Language ?? Language.Bokmal, kind, kind, null, null));
        var messages = composer.Compose(recipients, kind, $"payout-account:{relationship.RelationshipId}:{nowUtc.Ticks}", r => new MessageText(
            NotificationTexts.Get(r.Language, "PayoutAccountChanged.Subject"),
            NotificationTexts.Format(r.Language, "PayoutAccountChanged.Text", relationship.CustomerNumber.Value, NotificationTexts.Format(r.Language, "Moment", OsloTime.ToLocal(nowUtc)),
                number is null ? NotificationTexts.Get(r.Language, "PayoutAccountChanged.None") : PayoutAccount.Mask(number.Value))), securityNotice: true);
        await composer.AddNewAsync(messages, cancellationToken);
    }
}
