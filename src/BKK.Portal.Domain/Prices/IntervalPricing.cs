using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Meters;

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
    public static List<PricedEnergy> Price(IReadOnlyList<Reading> readings, SpotPriceCurve prices) => [.. Parts(readings, prices)];

    /// <summary>The same for values already summed to hours.</summary>
    public static List<PricedEnergy> Price(IReadOnlyList<HourValue> hours, SpotPriceCurve prices) =>
        [.. Parts(hours.Select(h => new Reading(h.StartUtc, MeterResolution.Hour, h.Wh, MeterValueStatus.Measured)).ToList(), prices)];

    /// <summary>
    /// The parts one at a time, for a single pass (the billing of a month): one enumerator for the whole month, not a
    /// list of its parts or an enumerator per value (the overview bills the running month on every request).
    /// </summary>
    public static IEnumerable<PricedEnergy> Parts(IReadOnlyList<Reading> readings, SpotPriceCurve prices)
    {
        var list = prices.Prices;
        foreach (var reading in readings)
        {
            var (startUtc, endUtc, kwh) = (reading.StartUtc, reading.EndUtc, Kwh(reading.Wh));
            var first = prices.FirstEndingAfter(startUtc);
            if (first < list.Count && list[first].StartUtc <= startUtc && list[first].EndUtc >= endUtc)
            {
                // One price over the whole value (the same resolution, or an hourly price over a quarter-hour):
                // no splitting, and no decimal division on the hot path of the month's billing.
                yield return new PricedEnergy(startUtc, (int)(endUtc - startUtc).TotalMinutes, kwh, list[first].NokPerKwh);
                continue;
            }

            var length = (decimal)(endUtc - startUtc).Ticks;
            var at = startUtc;
            for (var i = first; i < list.Count && list[i].StartUtc < endUtc; i++)
            {
                var price = list[i];
                if (price.StartUtc > at)
                {
                    yield return Part(at, price.StartUtc, kwh, length, null); // a gap in the prices
                    at = price.StartUtc;
                }

                var end = price.EndUtc < endUtc ? price.EndUtc : endUtc;
                yield return Part(at, end, kwh, length, price.NokPerKwh);
                at = end;
            }

            if (at < endUtc)
            {
                yield return Part(at, endUtc, kwh, length, null);
            }
        }
    }

    /// <summary>Watt-hours as kWh with three decimals, built directly rather than divided.</summary>
    private static decimal Kwh(long wh)
    {
        var magnitude = (ulong)Math.Abs(wh);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, wh < 0, 3);
    }

    private static PricedEnergy Part(DateTime from, DateTime to, decimal kwh, decimal length, decimal? price) =>
        new(from, (int)(to - from).TotalMinutes, kwh * (to - from).Ticks / length, price);
}
