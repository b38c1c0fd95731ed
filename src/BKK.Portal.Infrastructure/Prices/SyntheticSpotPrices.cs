using BKK.Portal.Application.Prices;

namespace BKK.Portal.Infrastructure.Prices;

/// <summary>
/// Made-up but plausible day-ahead prices for the demo, the same for the same interval on every run:
/// high in winter and low in summer, a morning and an evening peak, cheaper nights and weekends,
/// weather that moves the price from week to week, and now and then a negative summer midday.
/// Hourly until the market moved to quarter-hours (delivery day 1 October 2025), quarter-hourly
/// from then. The demo data writes them through the same store as the price import (<see cref="SpotPriceWriter"/>),
/// so the demo invoices and the pages read them as they would read imported prices.
/// </summary>
public static class SyntheticSpotPrices
{
    /// <summary>The first delivery day of the Nordic day-ahead market in quarter-hours.</summary>
    public static readonly DateOnly QuarterHoursFrom = new(2025, 10, 1);

    private static readonly decimal[] MonthLevel = [0.82m, 0.78m, 0.66m, 0.52m, 0.40m, 0.30m, 0.26m, 0.34m, 0.46m, 0.58m, 0.72m, 0.85m];

    /// <summary>One series per Oslo day in [from, to), for one area.</summary>
    public static IEnumerable<PriceSeries> Days(PriceArea area, DateOnly from, DateOnly to)
    {
        for (var day = from; day < to; day = day.AddDays(1))
        {
            var minutes = day >= QuarterHoursFrom ? 15 : 60;
            var prices = new List<SpotPrice>(100);
            for (var start = OsloTime.ToUtc(day); start < OsloTime.ToUtc(day.AddDays(1)); start = start.AddMinutes(minutes))
            {
                prices.Add(new SpotPrice(start, minutes, minutes == 60 ? PriceAt(start) : QuarterPriceAt(start)));
            }

            yield return new PriceSeries(area, prices);
        }
    }

    /// <summary>A quarter-hour's price: its hour's, a little lower or higher by where in the hour it is.</summary>
    public static decimal QuarterPriceAt(DateTime quarterUtc)
    {
        var hour = new DateTime(quarterUtc.Ticks - (quarterUtc.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
        var quarter = (quarterUtc - hour).Minutes / 15;
        return Math.Round(PriceAt(hour) * (0.97m + (0.02m * quarter)), 4, MidpointRounding.AwayFromZero);
    }

    public static decimal PriceAt(DateTime hourUtc)
    {
        var local = OsloTime.ToLocal(hourUtc);
        var shape = local.Hour switch
        {
            < 6 => 0.78,
            >= 7 and <= 9 => 1.25,
            >= 17 and <= 20 => 1.30,
            >= 23 => 0.85,
            _ => 1.0,
        };
        if (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            shape *= 0.88;
        }

        var week = hourUtc.Ticks / TimeSpan.TicksPerDay / 7;
        var weather = 1 + (0.25 * Math.Sin(week * 0.9)) + (0.1 * Math.Sin(week * 2.3));
        var noise = 0.85 + (0.3 * Unit(hourUtc.Ticks));
        var price = (double)MonthLevel[local.Month - 1] * shape * weather * noise;
        if (local.Month is >= 5 and <= 8 && local.Hour is >= 11 and <= 15)
        {
            price -= 0.12 * Unit(hourUtc.Ticks / TimeSpan.TicksPerHour * 31);
        }

        return Math.Round((decimal)price, 4, MidpointRounding.AwayFromZero);
    }

    /// <summary>A number in [0, 1) that depends only on its input (SplitMix64).</summary>
    private static double Unit(long value)
    {
        var z = unchecked((ulong)value + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
