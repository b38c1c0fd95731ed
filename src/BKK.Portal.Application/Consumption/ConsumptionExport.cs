using System.Globalization;
using BKK.Portal.Application.Common;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Meters;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Application.Consumption;

/// <summary>One value of the export, at full resolution.</summary>
public readonly record struct ExportValue(FlowDirection Direction, DateTime StartUtc, MeterResolution Resolution, long Wh, MeterValueStatus Status);

/// <summary>
/// The values of a metering point in a period, consumption first and then production, streamed
/// from the database one row at a time: several years never sit in memory at once.
/// </summary>
public sealed class ConsumptionExport(IPortalDbContext db)
{
    /// <summary>Values in local dates [from, to).</summary>
    public IAsyncEnumerable<ExportValue> StreamAsync(OwnedMeteringPoint point, DateOnly from, DateOnly to)
    {
        var fromUtc = OsloTime.ToUtc(from);
        var toUtc = OsloTime.ToUtc(to);
        return db.MeterValues.AsNoTracking()
            .Where(v => v.MeteringPointKey == point.Key && v.StartUtc >= fromUtc && v.StartUtc < toUtc)
            .OrderBy(v => v.Direction).ThenBy(v => v.StartUtc)
            .Select(v => new ExportValue(v.Direction, v.StartUtc, v.Resolution, v.QuantityWh, v.Status))
            .AsAsyncEnumerable();
    }

    /// <summary>A file name that says what is in it, e.g. maleverdier-707057500000000017-2026-11-01-2026-12-01.csv.</summary>
    public static string FileName(OwnedMeteringPoint point, DateOnly from, DateOnly to, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"maleverdier-{point.Choice.Id}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.{extension}");
}
