using BKK.Portal.Domain.Consumption;

namespace BKK.Portal.Domain.Prices;

/// <summary>
/// Puts meter values and spot prices on one time grid. A meter value is split over the price
/// intervals inside it in proportion to time (an hourly value under quarter-hour prices becomes four
/// quarters of a quarter of its energy each, as settlement does when the meter is hourly); a price
/// interval longer than the value simply covers it. A part without a price keeps its energy with
/// no price. Values are in order of start; so is the result.
/// </summary>
public static class IntervalPricing
{
    public static List<PricedEnergy> Price(IReadOnlyList<Reading> readings, SpotPriceCurve prices)
    {
        var result = new List<PricedEnergy>(readings.Count);
        foreach (var reading in readings)
        {
            Split(result, reading.StartUtc, reading.EndUtc, reading.Wh / 1000m, prices);
        }

        return result;
    }

    /// <summary>The same for values already summed to hours.</summary>
    public static List<PricedEnergy> Price(IReadOnlyList<HourValue> hours, SpotPriceCurve prices)
    {
        var result = new List<PricedEnergy>(hours.Count);
        foreach (var hour in hours)
        {
            Split(result, hour.StartUtc, hour.StartUtc.AddHours(1), hour.Kwh, prices);
        }

        return result;
    }

    private static void Split(List<PricedEnergy> result, DateTime startUtc, DateTime endUtc, decimal kwh, SpotPriceCurve prices)
    {
        var length = (decimal)(endUtc - startUtc).Ticks;
        var at = startUtc;
        foreach (var price in prices.Between(startUtc, endUtc))
        {
            if (price.StartUtc > at)
            {
                Add(result, at, price.StartUtc, kwh, length, null); // a gap in the prices
                at = price.StartUtc;
            }

            var end = price.EndUtc < endUtc ? price.EndUtc : endUtc;
            Add(result, at, end, kwh, length, price.NokPerKwh);
            at = end;
        }

        if (at < endUtc)
        {
            Add(result, at, endUtc, kwh, length, null);
        }
    }

    private static void Add(List<PricedEnergy> result, DateTime from, DateTime to, decimal kwh, decimal length, decimal? price) =>
        result.Add(new PricedEnergy(from, (int)(to - from).TotalMinutes, kwh * (to - from).Ticks / length, price));
}
