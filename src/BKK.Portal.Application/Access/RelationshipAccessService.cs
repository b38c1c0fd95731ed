using Microsoft.Extensions.Logging;

namespace BKK.Portal.Application.Access;

/// <summary>
/// The one place that decides which customer relationships a person may see. Every page
/// that shows customer data gets its <see cref="AuthorizedRelationship"/> from here.
/// </summary>
public sealed partial class RelationshipAccessService(IPortalDbContext db, ILogger<RelationshipAccessService> logger)
{
    public async Task<IReadOnlyList<GrantedRelationship>> ListGrantedAsync(string subject, CancellationToken cancellationToken)
    {
        var rows = await db.AccessGrants
            .Where(g => g.Person.Subject == subject)
            .OrderByDescending(g => g.Level)
            .ThenBy(g => g.Relationship.Id)
            .Select(g => new
            {
                g.Relationship.CustomerNumber,
                g.Relationship.HolderName,
                Address = g.Relationship.MeteringPoints.OrderBy(m => m.Id).Select(m => m.Address.Street).FirstOrDefault(),
                g.Level,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new GrantedRelationship(r.CustomerNumber, r.HolderName, r.Address, r.Level)).ToList();
    }

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
        var grant = await db.AccessGrants
            .Where(g => g.Person.Subject == subject && g.Relationship.CustomerNumber == customerNumber)
            .OrderByDescending(g => g.Level)
            .Select(g => new { g.CustomerRelationshipId, g.Level })
            .FirstOrDefaultAsync(cancellationToken);
        return grant is null ? null : new AuthorizedRelationship(grant.CustomerRelationshipId, customerNumber, grant.Level);
    }

    // No subject, customer number or address in this line: the request id ties it to the request.
    [LoggerMessage(EventId = 4030, Level = LogLevel.Warning, Message = "Access to a customer relationship without a grant was refused")]
    private static partial void LogRefused(ILogger logger);
}
