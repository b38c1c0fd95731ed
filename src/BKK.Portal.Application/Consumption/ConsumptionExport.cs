using System.Globalization;

namespace BKK.Portal.Application.Consumption;

/// <summary>
/// The values of a metering point in a period, consumption first and then production, streamed
/// from the database one row at a time: several years never sit in memory at once.
/// </summary>
public sealed class ConsumptionExport(IMeterReadings readings)
{
    /// <summary>Values in local dates [from, to).</summary>
    public IAsyncEnumerable<ExportValue> StreamAsync(OwnedMeteringPoint point, DateOnly from, DateOnly to) =>
        readings.StreamAsync(point.Key, OsloTime.ToUtc(from), OsloTime.ToUtc(to));

    /// <summary>A file name that says what is in it, e.g. maleverdier-707057500000000017-2026-11-01-2026-12-01.csv.</summary>
    public static string FileName(OwnedMeteringPoint point, DateOnly from, DateOnly to, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"maleverdier-{point.Choice.Id}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.{extension}");
}
