namespace BKK.Portal.Application.Access;

public static class RelationshipReads
{
    /// <summary>
    /// The authorized relationship's row, read once per request: the request's context keeps it (<c>FindAsync</c>
    /// answers from the entities it already has), so the overview's three queries that need it share one read.
    /// </summary>
    public static async Task<CustomerRelationship> RelationshipAsync(this IPortalDbContext db, AuthorizedRelationship relationship, CancellationToken cancellationToken) =>
        await db.CustomerRelationships.FindAsync([relationship.RelationshipId], cancellationToken)
        ?? throw new InvalidOperationException("An authorized relationship has no row.");

    /// <summary>The owner grants of a relationship: its holder (the bakery's, Per's), in the order they were given.</summary>
    public static IQueryable<AccessGrant> OwnerGrants(this IPortalDbContext db, int relationshipId) =>
        db.AccessGrants.Where(g => g.CustomerRelationshipId == relationshipId && g.Level == AccessLevel.Owner).OrderBy(g => g.Id);
}
