using BKK.Portal.Application.Access;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Audit;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Sharing;

/// <summary>What <see cref="ApiTokenService.CreateAsync"/> gave: the token, shown once, or why not.</summary>
public sealed record ApiTokenCreation(ValidationResult Result, string? Token, string? Prefix);

/// <summary>
/// Deling av data: the owner of a relationship, or a person with full access (ADR 0029), makes tokens for the API, sees
/// them with their use, and takes them back. The owner sees and may take back every token of the relationship; a full
/// grantee their own. Each creation and revocation goes into the audit log with the change.
/// </summary>
public sealed class ApiTokenService(
    IPortalDbContext db, ICurrentUser user, MeteringPointAccess points, AuditLog audit, TimeProvider clock, IValidator<CreateApiToken> validator, IStringLocalizer<SharingRuleTexts> texts)
{
    /// <summary>Days of calls the list sums.</summary>
    public const int CallDays = 30;

    public static bool MayShare(AuthorizedRelationship relationship) =>
        relationship.IsCustomerWithFullAccess;

    public async Task<IReadOnlyList<ApiTokenRow>> ListAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        var personId = await RequireAsync(relationship, cancellationToken);
        var today = OsloTime.Today(clock);
        var since = today.AddDays(-(CallDays - 1));
        var tokens = await Visible(relationship, personId).AsNoTracking()
            .OrderByDescending(t => t.CreatedUtc).ThenByDescending(t => t.Id)
            .Select(t => new { t.Id, t.Name, t.Prefix, t.Scopes, t.CreatedByPersonId, t.CreatedUtc, t.ExpiresUtc, t.RevokedUtc, t.LastUsedUtc })
            .ToListAsync(cancellationToken);
        var ids = tokens.Select(t => t.Id).ToList();
        var points = (await (from p in db.ApiTokens.Where(t => ids.Contains(t.Id)).SelectMany(t => t.MeteringPoints)
                             join m in db.MeteringPoints on p.MeteringPointKey equals m.Id
                             orderby m.Id
                             select new { p.ApiTokenId, m.MeteringPointId }).ToListAsync(cancellationToken))
            .ToLookup(p => p.ApiTokenId, p => p.MeteringPointId.Formatted);
        var calls = await db.ApiTokenUsages.Where(u => ids.Contains(u.ApiTokenId) && u.Day >= since)
            .Select(u => new { u.ApiTokenId, u.Day, u.Calls }).ToListAsync(cancellationToken);
        var makers = tokens.Select(t => t.CreatedByPersonId).Distinct().ToList();
        var names = await db.People.Where(p => makers.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return tokens.Select(t => new ApiTokenRow(
            t.Id, t.Name, t.Prefix, t.Scopes, points[t.Id].ToList(), names.GetValueOrDefault(t.CreatedByPersonId) ?? string.Empty, t.CreatedByPersonId == personId,
            t.CreatedUtc, t.ExpiresUtc, t.RevokedUtc, t.LastUsedUtc,
            calls.Where(c => c.ApiTokenId == t.Id && c.Day == today).Sum(c => c.Calls),
            calls.Where(c => c.ApiTokenId == t.Id).Sum(c => c.Calls))).ToList();
    }

    /// <summary>Whether the relationship has ended (its end date is past): a key made for it would never work, so none is made.</summary>
    public async Task<bool> HasEndedAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken) =>
        (await db.RelationshipAsync(relationship, cancellationToken)).HasEndedBy(OsloTime.Today(clock));

    public async Task<ApiTokenCreation> CreateAsync(AuthorizedRelationship relationship, CreateApiToken command, CancellationToken cancellationToken)
    {
        relationship.EnsureCustomerMayChange();
        var personId = await RequireAsync(relationship, cancellationToken);
        if (await HasEndedAsync(relationship, cancellationToken))
        {
            throw new RelationshipAccessDeniedException(); // the page offers no form for it
        }

        var result = await validator.ValidateAsync(command, cancellationToken);
        var owned = await points.ListAsync(relationship, cancellationToken);
        var chosen = new List<int>();
        foreach (var id in command.MeteringPoints.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            if (MeteringPointAccess.Find(owned, id) is { } point)
            {
                chosen.Add(point.Key);
            }
            else
            {
                result.Errors.Add(new ValidationFailure(nameof(CreateApiToken.MeteringPoints), texts["Error.PointUnknown"].Value));
                break;
            }
        }

        if (command.Invoices && !relationship.CoversAccountData)
        {
            result.Errors.Add(new ValidationFailure("Scopes", texts["Error.InvoicesNotCovered"].Value));
        }

        if (!result.IsValid)
        {
            return new ApiTokenCreation(result, null, null);
        }

        var (token, prefix, hash) = ApiTokenSecret.New();
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = OsloTime.ToUtc(command.ExpiresOn!.Value.AddDays(1)); // it works through the whole last day
        var entity = new ApiToken(relationship.RelationshipId, personId, command.Name!.Trim(), prefix, hash, command.Scopes, chosen, now, expires);
        db.ApiTokens.Add(entity);
        audit.Add(relationship, AuditAction.ApiTokenCreated, detail: $"{prefix}… «{entity.Name}»: {entity.Scopes}, {chosen.Count} målepunkt, til {command.ExpiresOn:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return new ApiTokenCreation(result, token, prefix);
    }

    /// <returns>False when there is no such token of the relationship that this person may take back.</returns>
    public async Task<bool> RevokeAsync(AuthorizedRelationship relationship, int tokenId, CancellationToken cancellationToken)
    {
        relationship.EnsureCustomerMayChange();
        var personId = await RequireAsync(relationship, cancellationToken);
        var token = await Visible(relationship, personId).SingleOrDefaultAsync(t => t.Id == tokenId, cancellationToken);
        if (token is null)
        {
            return false;
        }

        if (token.RevokedUtc is null)
        {
            token.Revoke(clock.GetUtcNow().UtcDateTime);
            audit.Add(relationship, AuditAction.ApiTokenRevoked, detail: $"{token.Prefix}… «{token.Name}»");
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>The relationship's tokens this person sees and may take back: every one for the owner, their own for a full grantee.</summary>
    private IQueryable<ApiToken> Visible(AuthorizedRelationship relationship, int personId)
    {
        var seeAll = relationship.Level == AccessLevel.Owner;
        return db.ApiTokens.Where(t => t.CustomerRelationshipId == relationship.RelationshipId && (seeAll || t.CreatedByPersonId == personId));
    }

    /// <summary>The person's id, when they may share this relationship's data; otherwise refused like any missing grant.</summary>
    private async Task<int> RequireAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        if (!MayShare(relationship) || user.Subject is not { } subject)
        {
            throw new RelationshipAccessDeniedException();
        }

        return await db.People.Where(p => p.Subject == subject).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new RelationshipAccessDeniedException();
    }
}
