using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Requests;

namespace BKK.Portal.Application.Requests;

/// <summary>A request waiting for customer service: what to do, on which metering point, since when.</summary>
public sealed record ServiceRequestRow(int Id, ServiceRequestKind Kind, string MeteringPointIdFormatted, string Address, DateTime RequestedUtc, DateOnly? OnDate, long? ReadingKwh);

/// <summary>
/// The staff side of the customers' requests (Forespørsler): the waiting ones, oldest first, and carrying one out. To
/// do the work the agent needs the metering point and nothing else of the customer, so the queue shows only that. Each
/// change of a HAN port is audited with the agent as the actor.
/// </summary>
public sealed class ServiceRequestQueue(IPortalDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<ServiceRequestRow>> PendingAsync(CancellationToken cancellationToken) =>
        (await (from r in db.ServiceRequests.AsNoTracking()
                join m in db.MeteringPoints on r.MeteringPointKey equals m.Id
                where r.CompletedUtc == null
                orderby r.RequestedUtc, r.Id
                select new { r.Id, r.Kind, m.MeteringPointId, m.Address, r.RequestedUtc, r.OnDate, r.ReadingKwh }).ToListAsync(cancellationToken))
        .Select(r => new ServiceRequestRow(r.Id, r.Kind, r.MeteringPointId.Formatted, r.Address.ToString(), r.RequestedUtc, r.OnDate, r.ReadingKwh)).ToList();

    /// <returns>False when no such request waits (done already, or never made).</returns>
    public async Task<bool> CompleteAsync(int id, CancellationToken cancellationToken)
    {
        var request = await db.ServiceRequests.SingleOrDefaultAsync(r => r.Id == id && r.CompletedUtc == null, cancellationToken);
        if (request is null)
        {
            return false;
        }

        var point = await db.MeteringPoints.SingleAsync(m => m.Id == request.MeteringPointKey, cancellationToken);
        if (ServiceRequestKinds.HanPort.Contains(request.Kind))
        {
            point.SetHanPort(request.Kind == ServiceRequestKind.OpenHanPort);
            audit.AddByStaff(request.CustomerRelationshipId, AuditAction.HanPortChanged, $"{request.Kind} {point.MeteringPointId.Value}");
        }

        request.Complete(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
