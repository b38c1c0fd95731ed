using BKK.Portal.Application.Access;

namespace BKK.Portal.Application.Consumption;

/// <summary>The metering points of the current relationship; one of another relationship is simply not found.</summary>
public sealed class MeteringPointAccess(IPortalDbContext db, IMeterReadings readings)
{
    public Task<IReadOnlyList<OwnedMeteringPoint>> ListAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken) =>
        ListAsync(relationship, askProduction: true, cancellationToken);

    /// <summary>
    /// The same without asking which points also produce (<see cref="MeteringPointChoice.HasProduction"/> is false
    /// on every point): for billing, which reads consumption only, one query instead of two.
    /// </summary>
    public Task<IReadOnlyList<OwnedMeteringPoint>> ListForBillingAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken) =>
        ListAsync(relationship, askProduction: false, cancellationToken);

    private async Task<IReadOnlyList<OwnedMeteringPoint>> ListAsync(AuthorizedRelationship relationship, bool askProduction, CancellationToken cancellationToken)
    {
        var rows = await db.MeteringPoints.AsNoTracking()
            .Where(m => m.CustomerRelationshipId == relationship.RelationshipId)
            .OrderBy(m => m.Id)
            .Select(m => new
            {
                m.Id,
                m.MeteringPointId,
                m.Address,
                m.Resolution,
                m.PriceArea,
            })
            .ToListAsync(cancellationToken);
        var producing = askProduction
            ? await readings.WithSeriesAsync(rows.Select(r => r.Id).ToList(), FlowDirection.Production, cancellationToken)
            : new HashSet<int>();
        return rows.Select(r => new OwnedMeteringPoint(
            r.Id,
            new MeteringPointChoice(r.MeteringPointId.Value, r.MeteringPointId.Formatted, r.Address.ToString(), r.Resolution, producing.Contains(r.Id)), r.PriceArea)).ToList();
    }

    /// <summary>The point with this ID (any spacing), or the first when none is asked for; null when not the relationship's.</summary>
    public async Task<OwnedMeteringPoint?> FindAsync(AuthorizedRelationship relationship, string? meteringPointId, CancellationToken cancellationToken) =>
        Find(await ListAsync(relationship, cancellationToken), meteringPointId);

    /// <summary>As <see cref="FindAsync"/>, in a list already read.</summary>
    public static OwnedMeteringPoint? Find(IReadOnlyList<OwnedMeteringPoint> points, string? meteringPointId)
    {
        if (string.IsNullOrWhiteSpace(meteringPointId))
        {
            return points.Count > 0 ? points[0] : null;
        }

        var parsed = MeteringPointId.Parse(meteringPointId);
        return parsed.IsValid ? points.FirstOrDefault(p => p.Choice.Id == parsed.Value!.Value) : null;
    }
}
