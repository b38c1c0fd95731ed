using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Meters;
using BKK.Portal.Domain.Prices;

namespace BKK.Portal.Domain.Tests.Prices;

public class IntervalPricingTests
{
    /// <summary>10:00 on an ordinary Monday in Oslo (CET).</summary>
    private static readonly DateTime Ten = Local(2025, 11, 3, 10);

    private static DateTime Local(int year, int month, int day, int hour, int minute = 0) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), OsloTime.Zone);

    private static SpotPriceCurve Curve(params SpotPrice[] prices) => new(PriceArea.NO5, prices);

    /// <summary>Quarter-hour prices from <paramref name="startUtc"/>, one after the other.</summary>
    private static SpotPrice[] Quarters(DateTime startUtc, params decimal[] prices) =>
        prices.Select((p, i) => new SpotPrice(startUtc.AddMinutes(15 * i), 15, p)).ToArray();

    private static Reading Quarter(DateTime startUtc, long wh) => new(startUtc, MeterResolution.QuarterHour, wh, MeterValueStatus.Measured);

    [Fact]
    public void An_hourly_value_under_four_quarter_hour_prices_becomes_four_quarters_of_a_quarter_of_the_energy_each()
    {
        var curve = Curve(Quarters(Ten, 0.80m, 1.00m, 1.20m, 0.60m));

        var parts = IntervalPricing.Price([new HourValue(Ten, 2000, 1, 0, 0)], curve);

        Assert.Equal(
            [
                new PricedEnergy(Ten, 15, 0.5m, 0.80m),
                new PricedEnergy(Ten.AddMinutes(15), 15, 0.5m, 1.00m),
                new PricedEnergy(Ten.AddMinutes(30), 15, 0.5m, 1.20m),
                new PricedEnergy(Ten.AddMinutes(45), 15, 0.5m, 0.60m),
            ],
            parts);
        // The spot cost is the hour's energy at the average of its four prices: 2 kWh × 0.90.
        Assert.Equal(1.80m, parts.Sum(p => p.SpotNok));
        Assert.Equal(2m * curve.AverageOver(Ten, Ten.AddHours(1)), parts.Sum(p => p.SpotNok));
    }

    [Fact]
    public void An_hourly_value_read_as_a_reading_is_split_the_same_way()
    {
        var curve = Curve(Quarters(Ten, 0.80m, 1.00m, 1.20m, 0.60m));

        var parts = IntervalPricing.Price([new Reading(Ten, MeterResolution.Hour, 1001, MeterValueStatus.Measured)], curve);

        Assert.Equal(4, parts.Count);
        Assert.All(parts, p => Assert.Equal(0.25025m, p.Kwh));
        Assert.Equal(1.001m, parts.Sum(p => p.Kwh));
        Assert.Equal(1.001m * 0.90m, parts.Sum(p => p.SpotNok));
    }

    [Fact]
    public void Four_quarter_hour_values_under_one_hourly_price_each_keep_their_own_energy_at_the_hours_price()
    {
        var readings = new[] { Quarter(Ten, 100), Quarter(Ten.AddMinutes(15), 250), Quarter(Ten.AddMinutes(30), 400), Quarter(Ten.AddMinutes(45), 50) };

        var parts = IntervalPricing.Price(readings, Curve(new SpotPrice(Ten, 60, 1.25m)));

        Assert.Equal(
            [
                new PricedEnergy(Ten, 15, 0.1m, 1.25m),
                new PricedEnergy(Ten.AddMinutes(15), 15, 0.25m, 1.25m),
                new PricedEnergy(Ten.AddMinutes(30), 15, 0.4m, 1.25m),
                new PricedEnergy(Ten.AddMinutes(45), 15, 0.05m, 1.25m),
            ],
            parts);
        Assert.Equal(1.00m, parts.Sum(p => p.SpotNok)); // 0.8 kWh × 1.25
    }

    [Fact]
    public void Quarter_hour_values_under_quarter_hour_prices_become_one_part_each_at_their_own_price()
    {
        var readings = new[] { Quarter(Ten, 300), Quarter(Ten.AddMinutes(15), 200), Quarter(Ten.AddMinutes(30), 100), Quarter(Ten.AddMinutes(45), 400) };

        var parts = IntervalPricing.Price(readings, Curve(Quarters(Ten, 0.50m, -0.02m, 0.75m, 1.10m)));

        Assert.Equal(
            [
                new PricedEnergy(Ten, 15, 0.3m, 0.50m),
                new PricedEnergy(Ten.AddMinutes(15), 15, 0.2m, -0.02m),
                new PricedEnergy(Ten.AddMinutes(30), 15, 0.1m, 0.75m),
                new PricedEnergy(Ten.AddMinutes(45), 15, 0.4m, 1.10m),
            ],
            parts);
        Assert.Equal(0.661m, parts.Sum(p => p.SpotNok)); // 0.15 − 0.004 + 0.075 + 0.44
    }

    [Fact]
    public void A_part_without_a_price_keeps_its_energy_without_a_price()
    {
        // The third quarter of the first hour and all of the second hour have no price.
        var curve = Curve(new SpotPrice(Ten, 15, 0.80m), new SpotPrice(Ten.AddMinutes(15), 15, 1.00m), new SpotPrice(Ten.AddMinutes(45), 15, 0.60m));
        var hours = new[] { new HourValue(Ten, 2000, 1, 0, 0), new HourValue(Ten.AddHours(1), 3000, 1, 0, 0) };

        var parts = IntervalPricing.Price(hours, curve);

        Assert.Equal(
            [
                new PricedEnergy(Ten, 15, 0.5m, 0.80m),
                new PricedEnergy(Ten.AddMinutes(15), 15, 0.5m, 1.00m),
                new PricedEnergy(Ten.AddMinutes(30), 15, 0.5m, null),
                new PricedEnergy(Ten.AddMinutes(45), 15, 0.5m, 0.60m),
                new PricedEnergy(Ten.AddHours(1), 60, 3m, null),
            ],
            parts);
        Assert.Equal(hours.Sum(h => h.Kwh), parts.Sum(p => p.Kwh)); // no energy is lost
        Assert.Equal(1.20m, parts.Sum(p => p.SpotNok)); // the unpriced parts cost nothing at the spot price
    }

    [Fact]
    public void A_value_that_starts_before_the_first_price_has_an_unpriced_part_first()
    {
        var parts = IntervalPricing.Price([new HourValue(Ten, 1000, 1, 0, 0)], Curve(Quarters(Ten.AddMinutes(30), 1.00m, 2.00m)));

        Assert.Equal(
            [
                new PricedEnergy(Ten, 30, 0.5m, null),
                new PricedEnergy(Ten.AddMinutes(30), 15, 0.25m, 1.00m),
                new PricedEnergy(Ten.AddMinutes(45), 15, 0.25m, 2.00m),
            ],
            parts);
    }

    [Fact]
    public void Without_any_prices_every_value_keeps_its_energy_without_a_price()
    {
        var hours = new[] { new HourValue(Ten, 1500, 1, 0, 0), new HourValue(Ten.AddHours(1), 700, 1, 0, 0) };

        var parts = IntervalPricing.Price(hours, SpotPriceCurve.Empty(PriceArea.NO5));

        Assert.Equal([new PricedEnergy(Ten, 60, 1.5m, null), new PricedEnergy(Ten.AddHours(1), 60, 0.7m, null)], parts);
        Assert.Equal(0m, parts.Sum(p => p.SpotNok));
    }

    [Theory]
    [InlineData(2026, 3, 29, 23)] // clocks go forward: no 02:00
    [InlineData(2026, 10, 25, 25)] // clocks go back: 02:00 twice
    public void A_day_when_the_clocks_change_splits_each_of_its_hours_over_its_four_quarter_prices(int year, int month, int day, int hoursInDay)
    {
        var date = new DateOnly(year, month, day);
        var (fromUtc, toUtc) = (OsloTime.ToUtc(date), OsloTime.ToUtc(date.AddDays(1)));
        var hours = Enumerable.Range(0, hoursInDay).Select(i => new HourValue(fromUtc.AddHours(i), 1000 + (40 * i), 1, 0, 0)).ToList();
        var prices = Enumerable.Range(0, 4 * hoursInDay).Select(i => -0.05m + ((i % 11) * 0.137m)).ToArray();
        var curve = Curve(Quarters(fromUtc, prices));

        var parts = IntervalPricing.Price(hours, curve);

        Assert.Equal(TimeSpan.FromHours(hoursInDay), toUtc - fromUtc);
        Assert.Equal(4 * hoursInDay, curve.Prices.Count);
        Assert.Equal(4 * hoursInDay, parts.Count);
        Assert.Equal(Enumerable.Range(0, 4 * hoursInDay).Select(i => fromUtc.AddMinutes(15 * i)), parts.Select(p => p.StartUtc));
        Assert.All(parts, p => Assert.Equal(15, p.Minutes));
        Assert.Equal(prices.Select(p => (decimal?)p), parts.Select(p => p.NokPerKwh));
        Assert.Equal(hours.Sum(h => h.Kwh), parts.Sum(p => p.Kwh));

        // Each hour's energy at the average of its four quarter prices.
        var expected = hours.Select((h, i) => h.Kwh * (prices[4 * i] + prices[(4 * i) + 1] + prices[(4 * i) + 2] + prices[(4 * i) + 3]) / 4).Sum();
        Assert.Equal(expected, parts.Sum(p => p.SpotNok));
    }

    [Fact]
    public void On_the_day_the_market_moved_to_quarter_hours_hourly_values_across_midnight_meet_both_kinds_of_price()
    {
        var midnight = OsloTime.ToUtc(new DateOnly(2025, 10, 1)); // 2025-09-30T22:00Z
        var curve = new SpotPriceCurve(PriceArea.NO5, [
            new SpotPrice(midnight.AddHours(-3), 60, 0.80m),
            new SpotPrice(midnight.AddHours(-2), 60, 0.90m),
            new SpotPrice(midnight.AddHours(-1), 60, 1.00m),
            .. Quarters(midnight, 0.40m, 0.45m, 0.50m, 0.55m, 0.60m, 0.65m, 0.70m, 0.75m, 0.80m, 0.85m, 0.90m, 0.95m),
        ]);
        var hours = new long[] { 1200, 1600, 2000, 2400, 2800, 3200 }
            .Select((wh, i) => new HourValue(midnight.AddHours(i - 3), wh, 1, 0, 0))
            .ToList();

        var parts = IntervalPricing.Price(hours, curve);

        Assert.Equal(3 + 12, parts.Count);
        Assert.Equal(
            [
                new PricedEnergy(midnight.AddHours(-3), 60, 1.2m, 0.80m),
                new PricedEnergy(midnight.AddHours(-2), 60, 1.6m, 0.90m),
                new PricedEnergy(midnight.AddHours(-1), 60, 2.0m, 1.00m),
            ],
            parts.Take(3));
        Assert.All(parts.Skip(3), p => Assert.Equal(15, p.Minutes));
        Assert.Equal([0.6m, 0.6m, 0.6m, 0.6m, 0.7m, 0.7m, 0.7m, 0.7m, 0.8m, 0.8m, 0.8m, 0.8m], parts.Skip(3).Select(p => p.Kwh));
        Assert.Equal(midnight, parts[3].StartUtc);
        Assert.Equal(13.2m, parts.Sum(p => p.Kwh));
        // 1.2 × 0.80 + 1.6 × 0.90 + 2.0 × 1.00 + 0.6 × 1.90 + 0.7 × 2.70 + 0.8 × 3.50
        Assert.Equal(10.23m, parts.Sum(p => p.SpotNok));
        Assert.Equal(1.00m, curve.AverageOver(midnight.AddHours(-1), midnight));
        Assert.Equal(0.475m, curve.AverageOver(midnight, midnight.AddHours(1)));
    }
}
