using BKK.Portal.Domain.Common;

namespace BKK.Portal.Domain.Consumption;

/// <summary>
/// Sums interval values to hours, and hours to days, weeks, months and years of Oslo local
/// time. Bucket edges are local midnights turned into UTC instants, so a day in March has 23
/// hours and a day in October 25, with no special case. Estimated and missing values are
/// counted into every bucket they fall in, so a month shows that one of its hours was estimated.
/// </summary>
public static class ConsumptionAggregator
{
    /// <summary>Sums values into whole hours. <paramref name="readings"/> must be in order of start.</summary>
    public static List<HourValue> ToHours(IReadOnlyList<Reading> readings)
    {
        var hours = new List<HourValue>((readings.Count / 4) + 24);
        var current = DateTime.MinValue;
        long wh = 0;
        int values = 0, estimated = 0, missing = 0;
        foreach (var reading in readings)
        {
            var hour = new DateTime(reading.StartUtc.Ticks - (reading.StartUtc.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
            if (hour != current)
            {
                if (hour < current)
                {
                    throw new ArgumentException("Readings must be in order of their start.", nameof(readings));
                }

                if (values > 0)
                {
                    hours.Add(new HourValue(current, wh, values, estimated, missing));
                }

                current = hour;
                wh = 0;
                values = estimated = missing = 0;
            }

            wh += reading.Wh;
            values++;
            estimated += reading.Status == MeterValueStatus.Estimated ? 1 : 0;
            missing += reading.Status == MeterValueStatus.Missing ? 1 : 0;
        }

        if (values > 0)
        {
            hours.Add(new HourValue(current, wh, values, estimated, missing));
        }

        return hours;
    }

    /// <summary>
    /// Each value as the energy one hour at its power would have (a quarter-hour's kWh times
    /// four): for a capacity charge on quarter-hour power instead of summed hours.
    /// </summary>
    public static List<HourValue> ToHourlyPower(IReadOnlyList<Reading> readings) =>
        readings.Select(r => new HourValue(
            r.StartUtc,
            r.Wh * 60 / (int)r.Resolution,
            1,
            r.Status == MeterValueStatus.Estimated ? 1 : 0,
            r.Status == MeterValueStatus.Missing ? 1 : 0)).ToList();

    /// <summary>
    /// Buckets of <paramref name="size"/> from local date <paramref name="from"/> to
    /// <paramref name="to"/> (exclusive), every bucket present even when it has no values.
    /// <paramref name="hours"/> must be in order of start.
    /// </summary>
    public static List<ConsumptionBucket> Aggregate(IReadOnlyList<HourValue> hours, DateOnly from, DateOnly to, BucketSize size) =>
        Aggregate(hours, Edges(from, to, size));

    /// <summary>Buckets between consecutive <paramref name="edges"/> (UTC instants, as <see cref="Edges"/> makes them).</summary>
    public static List<ConsumptionBucket> Aggregate(IReadOnlyList<HourValue> hours, IReadOnlyList<DateTime> edges) =>
        Aggregate(hours, edges, h => h, h => h);

    /// <summary>
    /// The same buckets from the day sums kept beside the values (<see cref="MeterDaySum"/>, in order of day), for buckets
    /// of a day or more: a month is about 30 rows instead of about 2,900 quarter-hours. Every edge is an Oslo midnight, so
    /// a day lies in one bucket whole, and each bucket equals what <see cref="Aggregate(IReadOnlyList{HourValue}, IReadOnlyList{DateTime})"/>
    /// makes of the day's hours: the same energy and counts, and the same highest hour (the first of equal ones; its start,
    /// energy and estimated values, not its count of values).
    /// </summary>
    public static List<ConsumptionBucket> Aggregate(IReadOnlyList<MeterDaySum> days, IReadOnlyList<DateTime> edges) =>
        Aggregate(days, edges, d => new HourValue(OsloTime.ToUtc(d.Day), d.Wh, d.Values, d.Estimated, d.Missing), d => d.PeakHour(summedHours: true));

    /// <summary>Sums parts in order of start (hours, or days) into the buckets; <paramref name="total"/> gives a part's start and sums.</summary>
    private static List<ConsumptionBucket> Aggregate<T>(IReadOnlyList<T> parts, IReadOnlyList<DateTime> edges, Func<T, HourValue> total, Func<T, HourValue> peakHour)
    {
        var buckets = new List<ConsumptionBucket>(edges.Count - 1);
        var p = 0;
        while (p < parts.Count && total(parts[p]).StartUtc < edges[0])
        {
            p++;
        }

        for (var b = 0; b + 1 < edges.Count; b++)
        {
            long wh = 0;
            int values = 0, estimated = 0, missing = 0;
            HourValue? peak = null;
            for (; p < parts.Count && total(parts[p]) is var part && part.StartUtc < edges[b + 1]; p++)
            {
                wh += part.Wh;
                values += part.Values;
                estimated += part.Estimated;
                missing += part.Missing;
                var hour = peakHour(parts[p]);
                if (peak is null || hour.Wh > peak.Value.Wh)
                {
                    peak = hour;
                }
            }

            buckets.Add(new ConsumptionBucket(edges[b], edges[b + 1], wh, values, estimated, missing, peak));
        }

        return buckets;
    }

    /// <summary>The UTC instants that start each bucket, and the end of the last one.</summary>
    public static List<DateTime> Edges(DateOnly from, DateOnly to, BucketSize size)
    {
        if (to <= from)
        {
            throw new ArgumentException("The end must come after the start.", nameof(to));
        }

        var edges = new List<DateTime>();
        var endUtc = OsloTime.ToUtc(to);
        if (size == BucketSize.Hour)
        {
            for (var t = OsloTime.ToUtc(from); t < endUtc; t = t.AddHours(1))
            {
                edges.Add(t);
            }
        }
        else
        {
            for (var d = from; d < to; d = Step(d, size))
            {
                edges.Add(OsloTime.ToUtc(d));
            }
        }

        edges.Add(endUtc);
        return edges;
    }

    private static DateOnly Step(DateOnly date, BucketSize size) => size switch
    {
        BucketSize.Day => date.AddDays(1),
        BucketSize.Week => date.AddDays(7),
        BucketSize.Month => date.AddMonths(1),
        _ => date.AddYears(1),
    };
}
