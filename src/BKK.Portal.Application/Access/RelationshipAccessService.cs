using Microsoft.Extensions.Logging;

namespace BKK.Portal.Application.Access;

/// <summary>
/// The one place that decides which customer relationships a person may see. Every page
/// that shows customer data gets its <see cref="AuthorizedRelationship"/> from here.
/// The person's name and grants are read in one query, once per request (the service is scoped), for the header,
/// the relationship the page shows and any other check of the request: a grant given or revoked counts from the
/// next request, and nothing is kept between requests or between people.
/// </summary>
public sealed partial class RelationshipAccessService(IPortalDbContext db, ILogger<RelationshipAccessService> logger)
{
    private readonly Dictionary<string, Person> _read = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<GrantedRelationship>> ListGrantedAsync(string subject, CancellationToken cancellationToken) =>
        (await ReadAsync(subject, cancellationToken)).Grants.Select(g => g.Relationship).ToList();

    /// <summary>The name of the person behind <paramref name="subject"/>, or null when the portal does not know them.</summary>
    public async Task<string?> NameAsync(string subject, CancellationToken cancellationToken) =>
        (await ReadAsync(subject, cancellationToken)).Name;

    /// <summary>
    /// Returns the relationship when the person holds a grant to it; otherwise throws
    /// <see cref="RelationshipAccessDeniedException"/>. An unknown customer number is refused
    /// the same way, so nobody learns which numbers exist.
    /// </summary>
    public async Task<AuthorizedRelationship> AuthorizeAsync(string subject, CustomerNumber customerNumber, CancellationToken cancellationToken)
    {
        var authorized = await TryAuthorizeAsync(subject, customerNumber, cancellationToken);
        if (authorized is null)
        {
            LogRefused(logger);
            throw new RelationshipAccessDeniedException();
        }

        return authorized;
    }

    /// <summary>As <see cref="AuthorizeAsync"/>, but null (and nothing logged) when the grant is gone.</summary>
    public async Task<AuthorizedRelationship?> TryAuthorizeAsync(string subject, CustomerNumber customerNumber, CancellationToken cancellationToken)
    {
        // The grants are in order of level, highest first: a person with two grants to one relationship gets the higher.
        var grant = (await ReadAsync(subject, cancellationToken)).Grants.FirstOrDefault(g => g.Relationship.CustomerNumber == customerNumber);
        return grant is null ? null : new AuthorizedRelationship(grant.RelationshipId, customerNumber, grant.Relationship.Level);
    }

    private async Task<Person> ReadAsync(string subject, CancellationToken cancellationToken)
    {
        if (_read.TryGetValue(subject, out var known))
        {
            return known;
        }

        var row = await db.People
            .Where(p => p.Subject == subject)
            .Select(p => new
            {
                p.Name,
                Grants = db.AccessGrants
                    .Where(g => g.PersonId == p.Id)
                    .OrderByDescending(g => g.Level)
                    .ThenBy(g => g.CustomerRelationshipId)
                    .Select(g => new
                    {
                        g.CustomerRelationshipId,
                        g.Relationship.CustomerNumber,
                        g.Relationship.HolderName,
                        Address = g.Relationship.MeteringPoints.OrderBy(m => m.Id).Select(m => m.Address.Street).FirstOrDefault(),
                        g.Level,
                    })
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var person = row is null
            ? new Person(null, [])
            : new Person(row.Name, row.Grants.Select(g => new Grant(g.CustomerRelationshipId, new GrantedRelationship(g.CustomerNumber, g.HolderName, g.Address, g.Level))).ToList());
        _read[subject] = person;
        return person;
    }

    private sealed record Grant(int RelationshipId, GrantedRelationship Relationship);

    private sealed record Person(string? Name, IReadOnlyList<Grant> Grants);

    // No subject, customer number or address in this line: the request id ties it to the request.
    [LoggerMessage(EventId = 4030, Level = LogLevel.Warning, Message = "Access to a customer relationship without a grant was refused")]
    private static partial void LogRefused(ILogger logger);
}
