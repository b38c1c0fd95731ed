namespace BKK.Portal.Infrastructure.DemoData;

/// <summary>Generates the interval values of one metering point over whole Oslo days.</summary>
public static class MeterValueSeries
{
    /// <summary>
    /// Values from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), local
    /// dates in Europe/Oslo: hourly before <paramref name="quarterHourFrom"/>, quarter-hourly from that
    /// midnight on. Stepping in UTC makes the 23- and 25-hour days right by construction.
    /// </summary>
    public static IEnumerable<MeterValue> Generate(
        int meteringPointKey, ConsumptionKind kind, int seed, DateOnly from, DateOnly to, DateOnly quarterHourFrom, FlowDirection direction = FlowDirection.Consumption)
    {
        var switchUtc = OsloTime.ToUtc(quarterHourFrom);
        var endUtc = OsloTime.ToUtc(to);
        for (var t = OsloTime.ToUtc(from); t < endUtc;)
        {
            var resolution = t >= switchUtc ? MeterResolution.QuarterHour : MeterResolution.Hour;
            var local = OsloTime.ToLocal(t);
            var status = ConsumptionProfile.Status(seed, local);
            var kw = ConsumptionProfile.PowerKw(kind, seed, local);
            var wh = status == MeterValueStatus.Missing ? 0 : (long)Math.Round(Math.Max(0, kw) * (int)resolution / 60.0 * 1000);
            yield return new MeterValue(meteringPointKey, t, resolution, wh, status, direction);
            t = t.AddMinutes((int)resolution);
        }
    }
}
