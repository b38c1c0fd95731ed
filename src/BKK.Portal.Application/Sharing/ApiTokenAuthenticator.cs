using BKK.Portal.Application.Access;

namespace BKK.Portal.Application.Sharing;

/// <summary>
/// Checks a presented token on every call: well formed, found by its prefix, its hash equal in constant time, not
/// expired or taken back, the relationship not ended, and the maker still holding the owner's or full grant it rests on.
/// Every way of failing gives the same null: the caller learns nothing about which tokens exist.
/// </summary>
public sealed class ApiTokenAuthenticator(IPortalDbContext db, TimeProvider clock)
{
    public async Task<ApiCaller?> AuthenticateAsync(string? presented, CancellationToken cancellationToken)
    {
        if (!ApiTokenSecret.IsWellFormed(presented))
        {
            return null;
        }

        var prefix = presented![..ApiTokenSecret.PrefixLength];
        var hash = ApiTokenSecret.Hash(presented);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = OsloTime.Today(clock);
        var candidates = await db.ApiTokens.AsNoTracking()
            .Where(t => t.Prefix == prefix)
            .Select(t => new { t.Id, t.Hash, t.Scopes, t.ExpiresUtc, t.RevokedUtc, t.CustomerRelationshipId, t.CreatedByPersonId })
            .ToListAsync(cancellationToken);

        // Every candidate is compared, so the time taken does not say which one matched.
        var match = candidates.Where(c => ApiTokenSecret.Matches(c.Hash, hash)).ToList().FirstOrDefault();
        if (match is null || match.RevokedUtc is not null || now >= match.ExpiresUtc)
        {
            return null;
        }

        var held = await db.CustomerRelationships.AsNoTracking()
            .Where(r => r.Id == match.CustomerRelationshipId)
            .Select(r => new
            {
                r.CustomerNumber,
                r.EndDate,
                Level = db.AccessGrants.Where(g => g.PersonId == match.CreatedByPersonId && g.CustomerRelationshipId == r.Id).Select(g => (AccessLevel?)g.Level).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (held is null || CustomerRelationship.EndedBy(held.EndDate, today) || held.Level is not (AccessLevel.Owner or AccessLevel.Full))
        {
            return null;
        }

        // The token's points that are still the relationship's (a point moved to another customer is not shared on).
        var points = await (from p in db.ApiTokens.Where(t => t.Id == match.Id).SelectMany(t => t.MeteringPoints)
                            join m in db.MeteringPoints on p.MeteringPointKey equals m.Id
                            where m.CustomerRelationshipId == match.CustomerRelationshipId
                            select m.Id).ToListAsync(cancellationToken);
        var relationship = new AuthorizedRelationship(match.CustomerRelationshipId, held.CustomerNumber, held.Level.Value);
        return new ApiCaller(match.Id, relationship, match.Scopes, points.ToHashSet());
    }
}
