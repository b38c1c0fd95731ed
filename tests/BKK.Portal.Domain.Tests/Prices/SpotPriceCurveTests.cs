using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Prices;

namespace BKK.Portal.Domain.Tests.Prices;

public class SpotPriceCurveTests
{
    /// <summary>10:00 on an ordinary Monday in Oslo (CET).</summary>
    private static readonly DateTime Ten = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2025, 11, 3, 10, 0, 0, DateTimeKind.Unspecified), OsloTime.Zone);

    private static SpotPrice[] Quarters(DateTime startUtc, params decimal[] prices) =>
        prices.Select((p, i) => new SpotPrice(startUtc.AddMinutes(15 * i), 15, p)).ToArray();

    [Fact]
    public void The_average_over_an_hour_of_four_quarter_hour_prices_is_their_mean()
    {
        var curve = new SpotPriceCurve(PriceArea.NO5, Quarters(Ten, 0.80m, 1.00m, 1.20m, 0.61m));

        Assert.Equal(0.9025m, curve.AverageOver(Ten, Ten.AddHours(1)));
        Assert.Equal(1.10m, curve.AverageOver(Ten.AddMinutes(15), Ten.AddMinutes(45)));
    }

    [Fact]
    public void The_average_is_weighted_by_time_across_an_hourly_and_a_quarter_hour_price()
    {
        var curve = new SpotPriceCurve(PriceArea.NO5, [new SpotPrice(Ten, 60, 1.00m), .. Quarters(Ten.AddHours(1), 0.20m, 0.40m, 0.60m, 0.80m)]);

        // Half an hour at 1.00 and the first two quarters of the next hour (0.20 and 0.40).
        Assert.Equal(0.65m, curve.AverageOver(Ten.AddMinutes(30), Ten.AddMinutes(90)));
    }

    [Fact]
    public void The_average_is_null_when_part_of_the_range_has_no_price()
    {
        var gap = new SpotPriceCurve(PriceArea.NO5, [.. Quarters(Ten, 0.80m, 1.00m), .. Quarters(Ten.AddMinutes(45), 0.60m)]);
        var full = new SpotPriceCurve(PriceArea.NO5, Quarters(Ten, 0.80m, 1.00m, 1.20m, 0.60m));

        Assert.Null(gap.AverageOver(Ten, Ten.AddHours(1)));
        Assert.Null(full.AverageOver(Ten.AddMinutes(-15), Ten.AddHours(1)));
        Assert.Null(full.AverageOver(Ten, Ten.AddMinutes(75)));
        Assert.Null(SpotPriceCurve.Empty(PriceArea.NO5).AverageOver(Ten, Ten.AddHours(1)));
        Assert.Equal(0.90m, gap.AverageOver(Ten, Ten.AddMinutes(30)));
    }

    [Fact]
    public void Between_returns_only_the_prices_that_overlap_the_range_in_order()
    {
        var hourly = Enumerable.Range(0, 5).Select(i => new SpotPrice(Ten.AddHours(i), 60, 1m + i)).ToList();
        var curve = new SpotPriceCurve(PriceArea.NO5, [hourly[3], hourly[0], hourly[4], hourly[2], hourly[1]]);

        Assert.Equal(hourly, curve.Prices);
        Assert.Equal([hourly[1], hourly[2]], curve.Between(Ten.AddMinutes(90), Ten.AddHours(3))); // 11:30–13:00: the price from 10:00 ends before it, the one from 13:00 only touches its end
        Assert.Equal([hourly[0]], curve.Between(Ten.AddMinutes(15), Ten.AddMinutes(30)));
        Assert.Empty(curve.Between(Ten.AddHours(-1), Ten));
        Assert.Empty(curve.Between(Ten.AddHours(5), Ten.AddHours(6)));
    }

    [Fact]
    public void Overlapping_prices_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new SpotPriceCurve(PriceArea.NO5, [new SpotPrice(Ten, 60, 1.00m), new SpotPrice(Ten.AddMinutes(30), 15, 0.50m)]));
        Assert.Throws<ArgumentException>(() => new SpotPriceCurve(PriceArea.NO5, [new SpotPrice(Ten, 15, 1.00m), new SpotPrice(Ten, 15, 1.00m)]));
    }

    [Fact]
    public void Prices_that_follow_each_other_without_overlap_are_accepted()
    {
        var curve = new SpotPriceCurve(PriceArea.NO2, [new SpotPrice(Ten, 60, 1.00m), new SpotPrice(Ten.AddHours(1), 15, 0.50m)]);

        Assert.Equal(PriceArea.NO2, curve.Area);
        Assert.Equal(2, curve.Prices.Count);
        Assert.False(curve.IsEmpty);
        Assert.True(SpotPriceCurve.Empty(PriceArea.NO5).IsEmpty);
    }
}
