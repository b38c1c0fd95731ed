namespace BKK.Portal.Infrastructure.DemoData;

/// <summary>Generates the interval values of one metering point over whole Oslo days.</summary>
public static class MeterValueSeries
{
    /// <summary>
    /// Values from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), local
    /// dates in Europe/Oslo: hourly before <paramref name="quarterHourFrom"/>, quarter-hourly from that
    /// midnight on. Stepping in UTC makes the 23- and 25-hour days right by construction. From
    /// <paramref name="estimatedFrom"/> on (a meter that stopped sending), every value is an estimate.
    /// </summary>
    public static IEnumerable<MeterValue> Generate(
        int meteringPointKey, ConsumptionKind kind, int seed, DateOnly from, DateOnly to, DateOnly quarterHourFrom, FlowDirection direction = FlowDirection.Consumption,
        DateOnly? estimatedFrom = null)
    {
        var switchUtc = OsloTime.ToUtc(quarterHourFrom);
        var estimatedFromUtc = estimatedFrom is { } e ? OsloTime.ToUtc(e) : DateTime.MaxValue;
        var endUtc = OsloTime.ToUtc(to);
        for (var t = OsloTime.ToUtc(from); t < endUtc;)
        {
            var resolution = t >= switchUtc ? MeterResolution.QuarterHour : MeterResolution.Hour;
            var local = OsloTime.ToLocal(t);
            var status = t >= estimatedFromUtc ? MeterValueStatus.Estimated : ConsumptionProfile.Status(seed, local);
            var kw = ConsumptionProfile.PowerKw(kind, seed, local);
            var wh = status == MeterValueStatus.Missing ? 0 : (long)Math.Round(Math.Max(0, kw) * (int)resolution / 60.0 * 1000);
            yield return new MeterValue(meteringPointKey, t, resolution, wh, status, direction);
            t = t.AddMinutes((int)resolution);
        }
    }
}
