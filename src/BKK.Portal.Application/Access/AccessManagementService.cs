using BKK.Portal.Domain.Audit;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Access;

/// <summary>
/// Fullmakt: the owner of a relationship gives another person limited or full access and takes it
/// back. Grants are read on every request, so a new grant shows at the person's next login or
/// switch, and a revoked one stops at their next request. Every grant and revocation is audited.
/// </summary>
public sealed class AccessManagementService(IPortalDbContext db, ICurrentUser user, AuditLog audit, TimeProvider clock, IValidator<GrantAccess> validator, IOptions<IdentityNumberOptions> identity,
    IStringLocalizer<AccessRuleTexts> texts)
{
    public static bool MayManage(AuthorizedRelationship relationship) => relationship.Level == AccessLevel.Owner;

    public async Task<IReadOnlyList<GrantRow>> ListAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        Require(relationship);
        var rows = await db.AccessGrants.AsNoTracking().Where(g => g.CustomerRelationshipId == relationship.RelationshipId)
            .OrderByDescending(g => g.Level).ThenBy(g => g.Id)
            .Select(g => new { g.Id, g.Person.Name, g.Person.NationalIdentityNumber, g.Level, g.GrantedAtUtc, g.Person.Subject })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new GrantRow(r.Id, r.Name, r.NationalIdentityNumber.Masked, r.Level, r.GrantedAtUtc, r.Subject == user.Subject)).ToList();
    }

    public async Task<ValidationResult> GrantAsync(AuthorizedRelationship relationship, GrantAccess command, CancellationToken cancellationToken)
    {
        relationship.EnsureCustomerMayChange(); // customer service reads, never changes
        Require(relationship);
        var result = await validator.ValidateAsync(command, cancellationToken);
        if (!result.IsValid)
        {
            return result;
        }

        var number = NationalIdentityNumber.Parse(command.NationalIdentityNumber, identity.Value.AcceptSyntheticNumbers).Value!;
        var person = await db.People.SingleAsync(p => p.NationalIdentityNumber == number, cancellationToken);
        var existing = await db.AccessGrants.Where(g => g.CustomerRelationshipId == relationship.RelationshipId && g.PersonId == person.Id).ToListAsync(cancellationToken);
        if (existing.Count > 0)
        {
            result.Errors.Add(new ValidationFailure(nameof(GrantAccess.NationalIdentityNumber),
                existing.Any(g => g.Level == AccessLevel.Owner)
                    ? texts["Error.AlreadyOwner"]
                    : texts["Error.AlreadyGranted"]));
            return result;
        }

        var relationshipEntity = await db.CustomerRelationships.SingleAsync(r => r.Id == relationship.RelationshipId, cancellationToken);
        var grant = new AccessGrant(person, relationshipEntity, command.Level!.Value, clock.GetUtcNow());
        db.AccessGrants.Add(grant);
        audit.Add(relationship, AuditAction.AccessGranted, detail: $"{command.Level} til person {person.Id}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same grant given a moment ago in another request: the unique index keeps one.
            result.Errors.Add(new ValidationFailure(nameof(GrantAccess.NationalIdentityNumber), texts["Error.AlreadyGranted"]));
        }

        return result;
    }

    /// <returns>False when the relationship has no such grant to revoke (the owner's own cannot be).</returns>
    public async Task<bool> RevokeAsync(AuthorizedRelationship relationship, int grantId, CancellationToken cancellationToken)
    {
        relationship.EnsureCustomerMayChange(); // customer service reads, never changes
        Require(relationship);
        var grant = await db.AccessGrants.SingleOrDefaultAsync(
            g => g.Id == grantId && g.CustomerRelationshipId == relationship.RelationshipId && g.Level != AccessLevel.Owner, cancellationToken);
        if (grant is null)
        {
            return false;
        }

        db.AccessGrants.Remove(grant);
        audit.Add(relationship, AuditAction.AccessRevoked, detail: $"{grant.Level} fra person {grant.PersonId}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static void Require(AuthorizedRelationship relationship)
    {
        if (!MayManage(relationship))
        {
            throw new RelationshipAccessDeniedException();
        }
    }
}
