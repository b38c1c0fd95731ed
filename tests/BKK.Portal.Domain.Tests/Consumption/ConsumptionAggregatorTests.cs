using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Meters;
using BKK.Portal.Domain.Prices;

namespace BKK.Portal.Domain.Tests.Consumption;

public class ConsumptionAggregatorTests
{
    private static readonly DateOnly SpringForward = new(2026, 3, 29);
    private static readonly DateOnly FallBack = new(2026, 10, 25);

    [Fact]
    public void The_day_clocks_go_forward_has_23_hours()
    {
        var hours = ConsumptionAggregator.ToHours(Readings.Days(SpringForward, SpringForward.AddDays(1), MeterResolution.Hour));

        var buckets = ConsumptionAggregator.Aggregate(hours, SpringForward, SpringForward.AddDays(1), BucketSize.Hour);

        Assert.Equal(23, buckets.Count);
        Assert.DoesNotContain(buckets, b => b.StartLocal.Hour == 2);
        var day = Assert.Single(ConsumptionAggregator.Aggregate(hours, SpringForward, SpringForward.AddDays(1), BucketSize.Day));
        Assert.Equal(23_000, day.Wh);
    }

    [Fact]
    public void The_day_clocks_go_back_has_25_hours_with_two_hours_from_02_00()
    {
        var hours = ConsumptionAggregator.ToHours(Readings.Days(FallBack, FallBack.AddDays(1), MeterResolution.QuarterHour, wh: 250));

        var buckets = ConsumptionAggregator.Aggregate(hours, FallBack, FallBack.AddDays(1), BucketSize.Hour);

        Assert.Equal(25, buckets.Count);
        Assert.Equal(2, buckets.Count(b => b.StartLocal.Hour == 2));
        Assert.All(buckets, b => Assert.Equal(1000, b.Wh));
        Assert.All(buckets, b => Assert.Equal(4, b.Values));
        var day = Assert.Single(ConsumptionAggregator.Aggregate(hours, FallBack, FallBack.AddDays(1), BucketSize.Day));
        Assert.Equal(25_000, day.Wh);
        Assert.Equal(100, day.Values);
    }

    [Fact]
    public void A_month_that_switches_from_hourly_to_quarter_hour_values_sums_both()
    {
        var switchDay = new DateOnly(2026, 10, 15);
        var readings = Readings.Days(new DateOnly(2026, 10, 1), switchDay, MeterResolution.Hour, wh: 1200);
        readings.AddRange(Readings.Days(switchDay, new DateOnly(2026, 11, 1), MeterResolution.QuarterHour, wh: 300));

        var hours = ConsumptionAggregator.ToHours(readings);
        var days = ConsumptionAggregator.Aggregate(hours, new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1), BucketSize.Day);
        var month = Assert.Single(ConsumptionAggregator.Aggregate(hours, new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1), BucketSize.Month));

        // 31 days, one of them (25 Oct) with 25 hours; every hour 1.2 kWh either way.
        Assert.Equal(((31 * 24) + 1) * 1200, month.Wh);
        Assert.Equal((14 * 24) + (17 * 24 * 4) + 4, month.Values);
        Assert.Equal(24, days[13].Values);
        Assert.Equal(96, days[14].Values);
        Assert.Equal(days[13].Wh, days[14].Wh);
    }

    [Fact]
    public void Estimated_and_missing_values_are_flagged_in_every_bucket_above_them()
    {
        var from = new DateOnly(2026, 2, 1);
        var readings = Readings.Days(from, from.AddMonths(1), MeterResolution.QuarterHour, wh: 250);
        Readings.Set(readings, Readings.Local(2026, 2, 10, 18, 15), 400, MeterValueStatus.Estimated);
        Readings.Set(readings, Readings.Local(2026, 2, 11, 3, 0), 0, MeterValueStatus.Missing);

        var hours = ConsumptionAggregator.ToHours(readings);
        var hourOfEstimate = ConsumptionAggregator.Aggregate(hours, new DateOnly(2026, 2, 10), new DateOnly(2026, 2, 11), BucketSize.Hour)[18];
        var days = ConsumptionAggregator.Aggregate(hours, from, from.AddMonths(1), BucketSize.Day);
        var year = Assert.Single(ConsumptionAggregator.Aggregate(hours, new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), BucketSize.Year));

        Assert.True(hourOfEstimate.HasEstimated);
        Assert.Equal(1150, hourOfEstimate.Wh);
        Assert.True(days[9].HasEstimated);
        Assert.False(days[9].HasMissing);
        Assert.True(days[10].HasMissing);
        Assert.Equal(26, days.Count(d => !d.HasEstimated && !d.HasMissing));
        Assert.Equal(1, year.Estimated);
        Assert.Equal(1, year.Missing);
    }

    [Fact]
    public void Every_bucket_of_the_period_is_there_even_without_values()
    {
        var from = new DateOnly(2026, 11, 1);
        var hours = ConsumptionAggregator.ToHours(Readings.Days(from, from.AddDays(3), MeterResolution.Hour));

        var days = ConsumptionAggregator.Aggregate(hours, from, from.AddMonths(1), BucketSize.Day);

        Assert.Equal(30, days.Count);
        Assert.Equal(3, days.Count(d => d.HasData));
        Assert.Null(days[29].PeakHour);
    }

    [Fact]
    public void The_daily_peak_is_the_highest_hour_of_the_day()
    {
        var day = new DateOnly(2026, 1, 12);
        var readings = Readings.Days(day, day.AddDays(1), MeterResolution.QuarterHour, wh: 250);
        foreach (var minute in new[] { 0, 15, 30, 45 })
        {
            Readings.Set(readings, Readings.Local(2026, 1, 12, 17, minute), 2000);
        }

        var bucket = Assert.Single(ConsumptionAggregator.Aggregate(ConsumptionAggregator.ToHours(readings), day, day.AddDays(1), BucketSize.Day));

        Assert.Equal(Readings.Local(2026, 1, 12, 17), bucket.PeakHour!.Value.StartUtc);
        Assert.Equal(8000, bucket.PeakHour.Value.Wh);
    }

    [Fact]
    public void Readings_out_of_order_are_refused()
    {
        var readings = Readings.Days(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2), MeterResolution.Hour);
        readings.Reverse();

        Assert.Throws<ArgumentException>(() => ConsumptionAggregator.ToHours(readings));
    }

    [Fact]
    public void A_month_of_quarter_hour_readings_stays_off_the_large_object_heap()
    {
        // 31 days of quarter-hours in one array: under 85,000 bytes only if a reading takes 24 bytes, not 32.
        var readings = new Reading[31 * 96];

        Assert.Equal(24, System.Runtime.CompilerServices.Unsafe.SizeOf<Reading>());
        Assert.Equal(0, GC.GetGeneration(readings));
    }

    [Theory]
    [InlineData(BucketSize.Day)]
    [InlineData(BucketSize.Week)]
    [InlineData(BucketSize.Month)]
    [InlineData(BucketSize.Year)]
    public void The_day_sums_make_the_same_buckets_as_the_values_over_both_clock_changes(BucketSize size)
    {
        // Quarter-hours from February to December 2026 with both clock changes, a gap of three days, estimated and
        // missing values, and equal highest hours (the first one counts).
        var random = new Random(19);
        var readings = Readings.Days(new DateOnly(2026, 2, 1), new DateOnly(2026, 12, 1), MeterResolution.QuarterHour)
            .Where(r => OsloTime.LocalDate(r.StartUtc) is var d && (d < new DateOnly(2026, 6, 10) || d >= new DateOnly(2026, 6, 13)))
            .Select(r => r with
            {
                Wh = random.Next(0, 8) == 0 ? 2_000 : random.Next(0, 1_500),
                Status = random.Next(0, 50) switch { 0 => MeterValueStatus.Estimated, 1 => MeterValueStatus.Missing, _ => MeterValueStatus.Measured },
            })
            .Select(r => OsloTime.ToLocal(r.StartUtc) is { Month: 5 or 10, Hour: 18 } ? r with { Wh = 3_000 } : r) // every day's highest hour the same
            .ToList();
        var days = MeterDaySum.Of(1, FlowDirection.Consumption, PriceArea.NO5, readings, SpotPriceCurve.Empty(PriceArea.NO5), _ => null);
        var edges = ConsumptionAggregator.Edges(new DateOnly(2025, 1, 1), new DateOnly(2027, 1, 1), size);

        var fromValues = ConsumptionAggregator.Aggregate(ConsumptionAggregator.ToHours(readings), edges);
        var fromDays = ConsumptionAggregator.Aggregate(days, edges);

        Assert.Equal(fromValues.Count, fromDays.Count);
        Assert.Contains(fromValues, b => b.HasEstimated && b.HasMissing);
        Assert.Contains(fromValues, b => !b.HasData);
        for (var i = 0; i < fromValues.Count; i++)
        {
            var (expected, actual) = (fromValues[i], fromDays[i]);
            Assert.Equal(expected with { PeakHour = null }, actual with { PeakHour = null });
            Assert.Equal(
                expected.PeakHour is { } e ? (e.StartUtc, e.Wh, e.Estimated) : default((DateTime, long, int)?),
                actual.PeakHour is { } a ? (a.StartUtc, a.Wh, a.Estimated) : default((DateTime, long, int)?));
        }
    }
}
