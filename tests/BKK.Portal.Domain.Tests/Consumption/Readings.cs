using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Meters;

namespace BKK.Portal.Domain.Tests.Consumption;

/// <summary>Builds interval values over whole Oslo days for the tests.</summary>
internal static class Readings
{
    /// <summary>Values for every interval of the local days [from, to), each <paramref name="wh"/> watt-hours.</summary>
    public static List<Reading> Days(DateOnly from, DateOnly to, MeterResolution resolution, long wh = 1000, MeterValueStatus status = MeterValueStatus.Measured)
    {
        var readings = new List<Reading>();
        for (var t = OsloTime.ToUtc(from); t < OsloTime.ToUtc(to); t = t.AddMinutes((int)resolution))
        {
            readings.Add(new Reading(t, resolution, wh, status));
        }

        return readings;
    }

    /// <summary>The instant of a local wall-clock time in Oslo.</summary>
    public static DateTime Local(int year, int month, int day, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), OsloTime.Zone);

    /// <summary>Replaces the value that starts at <paramref name="startUtc"/>.</summary>
    public static void Set(List<Reading> readings, DateTime startUtc, long wh, MeterValueStatus status = MeterValueStatus.Measured)
    {
        var i = readings.FindIndex(r => r.StartUtc == startUtc);
        readings[i] = readings[i] with { Wh = wh, Status = status };
    }
}
