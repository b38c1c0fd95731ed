using BKK.Portal.Application.Access;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Requests;

namespace BKK.Portal.Application.Installations;

/// <summary>What became of a request for the HAN port.</summary>
public enum HanPortOutcome
{
    Requested,

    /// <summary>No such metering point of the relationship.</summary>
    NotFound,

    /// <summary>A request for this port already waits.</summary>
    AlreadyPending,

    /// <summary>The port is already as asked.</summary>
    AlreadyThere,
}

/// <summary>
/// The HAN port of the relationship's meters (Anlegg): every grant sees whether it is open; the owner and a full grantee
/// ask for it to be opened or closed, and customer service does it (<see cref="Requests.ServiceRequestQueue"/>). Each
/// request is audited.
/// </summary>
public sealed class HanPortService(IPortalDbContext db, AuditLog audit, TimeProvider clock)
{
    public static bool MayRequest(AuthorizedRelationship relationship) =>
        relationship.IsCustomerWithFullAccess;

    public async Task<IReadOnlyList<HanPortRow>> ListAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        var points = await db.MeteringPoints.AsNoTracking().Where(m => m.CustomerRelationshipId == relationship.RelationshipId).OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.MeteringPointId, m.Address, m.HanPortOpen }).ToListAsync(cancellationToken);
        var keys = points.Select(p => p.Id).ToList();
        var pending = (await Pending(db.ServiceRequests.AsNoTracking().Where(r => keys.Contains(r.MeteringPointKey)))
                .Select(r => new { r.MeteringPointKey, r.Kind, r.RequestedUtc }).ToListAsync(cancellationToken))
            .ToDictionary(r => r.MeteringPointKey);
        return points.Select(p =>
        {
            var waiting = pending.GetValueOrDefault(p.Id);
            return new HanPortRow(p.MeteringPointId.Value, p.MeteringPointId.Formatted, p.Address.ToString(), p.HanPortOpen, waiting?.Kind, waiting?.RequestedUtc);
        }).ToList();
    }

    public async Task<HanPortOutcome> RequestAsync(AuthorizedRelationship relationship, string? meteringPointId, bool open, CancellationToken cancellationToken)
    {
        relationship.EnsureCustomerMayChange();
        if (!MayRequest(relationship))
        {
            throw new RelationshipAccessDeniedException();
        }

        var parsed = MeteringPointId.Parse(meteringPointId);
        if (!parsed.IsValid)
        {
            return HanPortOutcome.NotFound;
        }

        var id = parsed.Value!;
        var point = await db.MeteringPoints.AsNoTracking()
            .Where(m => m.CustomerRelationshipId == relationship.RelationshipId && m.MeteringPointId == id)
            .Select(m => new { m.Id, m.HanPortOpen }).SingleOrDefaultAsync(cancellationToken);
        if (point is null)
        {
            return HanPortOutcome.NotFound;
        }

        if (await Pending(db.ServiceRequests.Where(r => r.MeteringPointKey == point.Id)).AnyAsync(cancellationToken))
        {
            return HanPortOutcome.AlreadyPending;
        }

        if (point.HanPortOpen == open)
        {
            return HanPortOutcome.AlreadyThere;
        }

        var kind = open ? ServiceRequestKind.OpenHanPort : ServiceRequestKind.CloseHanPort;
        db.ServiceRequests.Add(new ServiceRequest(relationship.RelationshipId, point.Id, kind, clock.GetUtcNow().UtcDateTime));
        audit.Add(relationship, AuditAction.HanPortRequested, detail: $"{kind} {id.Value}");
        await db.SaveChangesAsync(cancellationToken);
        return HanPortOutcome.Requested;
    }

    /// <summary>The requests about a HAN port that wait.</summary>
    private static IQueryable<ServiceRequest> Pending(IQueryable<ServiceRequest> requests) =>
        requests.Where(r => r.CompletedUtc == null && ServiceRequestKinds.HanPort.Contains(r.Kind));
}
