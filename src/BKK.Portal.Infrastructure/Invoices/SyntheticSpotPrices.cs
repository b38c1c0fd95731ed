using BKK.Portal.Application.Invoices;

namespace BKK.Portal.Infrastructure.Invoices;

/// <summary>
/// Made-up but plausible hourly spot prices for NO5, the same for the same hour on every run:
/// high in winter and low in summer, a morning and an evening peak, cheaper nights and weekends,
/// weather that moves the price from week to week, and now and then a negative summer midday.
/// The demo invoices bill strømstøtte and Norgespris with them. Real invoices are made by the
/// billing system, with the power exchange's prices; the portal has no price feed (docs/architecture.md).
/// </summary>
public sealed class SyntheticSpotPrices : ISpotPrices
{
    private static readonly decimal[] MonthLevel = [0.82m, 0.78m, 0.66m, 0.52m, 0.40m, 0.30m, 0.26m, 0.34m, 0.46m, 0.58m, 0.72m, 0.85m];

    public Task<IReadOnlyDictionary<DateTime, decimal>> HourlyAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var prices = new Dictionary<DateTime, decimal>();
        for (var hour = Truncate(fromUtc); hour < toUtc; hour = hour.AddHours(1))
        {
            prices[hour] = PriceAt(hour);
        }

        return Task.FromResult<IReadOnlyDictionary<DateTime, decimal>>(prices);
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

    private static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);

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
