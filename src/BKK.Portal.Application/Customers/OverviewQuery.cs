using BKK.Portal.Application.Access;
using BKK.Portal.Application.Consumption;

namespace BKK.Portal.Application.Customers;

public sealed record OverviewMeteringPoint(
    string MeteringPointId,
    string MeteringPointIdFormatted,
    string Address,
    InstallationType InstallationType,
    MeterResolution Resolution,
    decimal LastMonthKwh);

/// <summary>The Oversikt page: the chosen relationship, its metering points and last month's consumption.</summary>
public sealed class OverviewQuery(IPortalDbContext db, IMeterReadings readings, TimeProvider clock)
{
    public async Task<Overview> GetAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        var today = OsloTime.Today(clock);
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);

        var customer = await db.RelationshipAsync(relationship, cancellationToken);

        var points = await db.MeteringPoints
            .Where(m => m.CustomerRelationshipId == relationship.RelationshipId)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var pointKeys = points.Select(p => p.Id).ToList();

        var sums = await readings.SumPerPointAsync(pointKeys, FlowDirection.Consumption, lastMonth, lastMonth.AddMonths(1), cancellationToken); // a solar panel's production is not consumption

        return new Overview(
            customer.CustomerNumber.Value,
            customer.HolderName,
            customer.CustomerType,
            customer.TariffType,
            customer.StartDate,
            relationship.Level,
            lastMonth,
            points.Select(p => new OverviewMeteringPoint(
                p.MeteringPointId.Value,
                p.MeteringPointId.Formatted,
                p.Address.ToString(),
                p.InstallationType,
                p.Resolution,
                sums.GetValueOrDefault(p.Id) / 1000m)).ToList());
    }
}
