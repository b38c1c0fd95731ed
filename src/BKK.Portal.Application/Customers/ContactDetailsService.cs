using BKK.Portal.Application.Access;
using BKK.Portal.Domain.Audit;
using FluentValidation;

namespace BKK.Portal.Application.Customers;

/// <summary>
/// Kundeforhold: the relationship, its holders, and the contact data of its owner. The contact data is the
/// holder's own (a person's, the same on each of their relationships), so only the holder changes it
/// (docs/decisions/0019-contact-data-is-the-holders-own.md): a full grant sees it read-only, or it could
/// redirect the holder's messages for every other relationship. A limited grant sees the relationship and
/// the holders' names, but no contact data and no identity number.
/// </summary>
public sealed class ContactDetailsService(IPortalDbContext db, IValidator<ChangeContactData> validator, AuditLog audit, ICurrentUser user)
{
    public async Task<RelationshipDetails> GetAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        var r = await db.CustomerRelationships.AsNoTracking().SingleAsync(x => x.Id == relationship.RelationshipId, cancellationToken);
        var owners = await Owners(relationship).AsNoTracking().ToListAsync(cancellationToken);
        return new RelationshipDetails(
            r.CustomerNumber.Value, r.HolderName, r.CustomerType, r.TariffType, r.StartDate, r.EndDate, r.OrganisationNumber?.Value, relationship.Level,
            owners.Select(o => new Holder(o.Name, relationship.CoversAccountData ? o.NationalIdentityNumber.Masked : null)).ToList(),
            relationship.CoversAccountData ? owners.FirstOrDefault()?.Contact : null);
    }

    /// <returns>The validation result; when valid, the change and its audit entries are saved together.</returns>
    public async Task<FluentValidation.Results.ValidationResult> ChangeAsync(AuthorizedRelationship relationship, ChangeContactData command, CancellationToken cancellationToken)
    {
        relationship.EnsureCustomerMayChange(); // customer service reads, never changes
        if (relationship.Level != AccessLevel.Owner)
        {
            throw new RelationshipAccessDeniedException();
        }

        var result = await validator.ValidateAsync(command, cancellationToken);
        if (!result.IsValid)
        {
            return result;
        }

        // The logged-in holder's own record (sorted first): a co-holder changes their own, never the other's.
        var owner = await Owners(relationship).FirstAsync(cancellationToken);
        var changed = owner.ChangeContact(new ContactData(
            command.AddressLine!.Trim(), command.PostalCode!.Trim(), command.PostalPlace!.Trim(), ChangeContactDataValidator.NormalisePhone(command.Phone!), command.Email!.Trim()));
        foreach (var field in changed)
        {
            audit.Add(relationship, AuditAction.ContactDataChanged, field);
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    /// <summary>
    /// The owners, the one logged in first: contact data belongs to the holder (a person), and a
    /// co-owner sees and changes their own.
    /// </summary>
    private IQueryable<Person> Owners(AuthorizedRelationship relationship) =>
        db.OwnerGrants(relationship.RelationshipId).OrderBy(g => g.Person.Subject == user.Subject ? 0 : 1).ThenBy(g => g.Id).Select(g => g.Person);
}
