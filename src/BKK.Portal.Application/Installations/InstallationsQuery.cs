using BKK.Portal.Application.Access;

namespace BKK.Portal.Application.Installations;

/// <summary>Anlegg: the technical data of the relationship's metering points (every grant level sees them).</summary>
public sealed class InstallationsQuery(IPortalDbContext db)
{
    public async Task<IReadOnlyList<Installation>> ListAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken) =>
        (await db.MeteringPoints.AsNoTracking().Where(m => m.CustomerRelationshipId == relationship.RelationshipId).OrderBy(m => m.Id).ToListAsync(cancellationToken))
            .Select(m => new Installation(m.MeteringPointId.Value, m.MeteringPointId.Formatted, m.MeterNumber, m.InstallationType, m.MeterType, m.Address.ToString(), m.Resolution, m.Since) { SendsValues = m.SendsValues })
            .ToList();
}
