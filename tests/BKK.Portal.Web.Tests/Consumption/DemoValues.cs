using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Meters;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Web.Tests.Consumption;

/// <summary>The demo data as the portal seeds it today, for tests that need to know the values.</summary>
internal static class DemoValues
{
    public static DateOnly Today { get; } = OsloTime.Today(TimeProvider.System);

    public static DemoDataSet Data { get; } = DemoDataGenerator.Create(Today);

    public static DateOnly From => new DateOnly(Today.Year, Today.Month, 1).AddYears(-3);

    public static string PointOf(string customerNumber) =>
        Data.MeteringPoints.First(p => p.Relationship.CustomerNumber.Value == customerNumber).MeteringPoint.MeteringPointId.Value;

    /// <summary>The database key of the metering point with this id.</summary>
    public static Task<int> KeyOfAsync(PortalDbContext db, string meteringPointId) =>
        db.MeteringPoints.Where(m => m.MeteringPointId == MeteringPointId.Parse(meteringPointId).Value!).Select(m => m.Id).SingleAsync();

    /// <summary>Every seeded value as a line of the meter value file, with its key; <paramref name="addWh"/> changes each quantity.</summary>
    public static IEnumerable<(string Key, long Wh, string Line)> Lines(long addWh)
    {
        foreach (var point in Data.MeteringPoints)
        {
            var id = point.MeteringPoint.MeteringPointId.Value;
            var series = MeterValueSeries.Generate(0, point.Kind, point.Seed, From, Today, point.QuarterHourFrom);
            if (point.Solar)
            {
                series = series.Concat(MeterValueSeries.Generate(0, ConsumptionKind.Solar, point.Seed, From, Today, point.QuarterHourFrom, FlowDirection.Production));
            }

            foreach (var v in series)
            {
                var wh = v.QuantityWh + addWh;
                yield return (Key(id, v.Direction, v.StartUtc), wh, MeterValueCsvFormat.FormatLine(id, v.StartUtc, v.Resolution, v.Direction, wh, v.Status));
            }
        }
    }

    public static string Key(string pointId, FlowDirection direction, DateTime startUtc) => $"{pointId}/{(int)direction}/{startUtc:O}";
}
