namespace BKK.Portal.Infrastructure.DemoData;

/// <summary>
/// Synthetic but realistic interval values: a seasonal curve (Bergen temperatures), a daily
/// pattern, weekday/weekend differences and the peaks the capacity charge is about (heat pump
/// in cold spells, EV charging at night, ovens in the morning). Deterministic: the same metering
/// point and instant always give the same value, whatever range is generated.
/// </summary>
public static class ConsumptionProfile
{
    /// <summary>Average power in kW over the interval that starts at <paramref name="localStart"/>.</summary>
    public static double PowerKw(ConsumptionKind kind, int seed, DateTime localStart)
    {
        var hour = localStart.Hour + (localStart.Minute / 60.0);
        var weekend = localStart.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var temperature = OutdoorTemperature(seed, localStart);
        var heatingNeed = Math.Max(0, 16 - temperature);
        var noise = Noise(seed, localStart.Ticks);

        return kind switch
        {
            ConsumptionKind.HomeWithHeatPump =>
                0.35 + (heatingNeed * 0.16 * (hour is >= 6 and < 23 ? 1.0 : 0.7))
                + Bump(hour, 7.5, 1.2, 1.4) + Bump(hour, 18.5, 2.0, weekend ? 2.2 : 1.8)
                + (noise * 0.6),
            ConsumptionKind.FlatWithEvCharging =>
                0.25 + (heatingNeed * 0.07) + Bump(hour, 19, 2.0, 1.1) + (noise * 0.3)
                + (EvCharging(seed, localStart) ? 7.2 : 0),
            ConsumptionKind.Cabin =>
                (heatingNeed * 0.05) + 0.15
                + (CabinInUse(localStart) ? 1.2 + (heatingNeed * 0.2) + Bump(hour, 19, 1.5, 3.0) : 0)
                + (noise * 0.15),
            ConsumptionKind.Bakery =>
                6 + (heatingNeed * 0.3) + (weekend ? 0 : Bump(hour, 6, 2.5, 42)) + (noise * 3),
            ConsumptionKind.Shop =>
                1.5 + (heatingNeed * 0.25) + (hour is >= 9 and < 20 && localStart.DayOfWeek != DayOfWeek.Sunday ? 9 : 0) + (noise * 1.5),
            ConsumptionKind.ColdStore =>
                7 + (Math.Max(0, temperature - 5) * 0.5) + (noise * 1.2),
            ConsumptionKind.Solar => SolarKw(seed, localStart, hour),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>Mostly measured; now and then an estimated value, and one missing day a year.</summary>
    public static MeterValueStatus Status(int seed, DateTime localStart)
    {
        if (localStart.DayOfYear == 40 + seed)
        {
            return MeterValueStatus.Missing;
        }

        return Noise(seed + 7919, localStart.Ticks) < 0.003 ? MeterValueStatus.Estimated : MeterValueStatus.Measured;
    }

    private static double OutdoorTemperature(int seed, DateTime local)
    {
        var season = Math.Cos(2 * Math.PI * (local.DayOfYear - 22) / 365.25);
        var spell = (Noise(seed / 100, local.Date.Ticks / TimeSpan.TicksPerDay / 5) - 0.5) * 10; // five-day weather
        return 8.5 - (8.0 * season) + spell - (3 * Math.Cos(2 * Math.PI * (local.Hour - 15) / 24));
    }

    private static double SolarKw(int seed, DateTime local, double hour)
    {
        // Day length and height of the sun follow the season; clouds come by the day.
        var summer = (1 - Math.Cos(2 * Math.PI * (local.DayOfYear - 10) / 365.25)) / 2;
        var halfDay = 3 + (6.5 * summer);
        var fromNoon = Math.Abs(hour - 13.5);
        if (fromNoon >= halfDay)
        {
            return 0;
        }

        var clouds = 0.25 + (0.75 * Noise(seed + 53, local.Date.Ticks));
        return 6 * (0.15 + (0.85 * summer)) * Math.Cos(Math.PI / 2 * fromNoon / halfDay) * clouds;
    }

    private static bool EvCharging(int seed, DateTime local)
    {
        // Charging about three nights a week from 22 until the battery is full (2-4 hours).
        var evening = local.Hour >= 22 ? local.Date : local.Date.AddDays(-1);
        var nightNoise = Noise(seed + 31, evening.Ticks);
        if (nightNoise > 0.45)
        {
            return false;
        }

        var hoursIntoNight = (local - evening.AddHours(22)).TotalHours;
        return hoursIntoNight >= 0 && hoursIntoNight < 2 + (nightNoise * 4.5);
    }

    private static bool CabinInUse(DateTime local) =>
        (local.DayOfWeek == DayOfWeek.Friday && local.Hour >= 18)
        || local.DayOfWeek == DayOfWeek.Saturday
        || (local.DayOfWeek == DayOfWeek.Sunday && local.Hour < 16)
        || (local.Month == 7 && local.Day <= 21)
        || (local.Month == 12 && local.Day >= 26)
        || (local.Month == 4 && local.Day is >= 8 and <= 14);

    private static double Bump(double hour, double centre, double width, double height)
    {
        var d = (hour - centre) / width;
        return height * Math.Exp(-d * d);
    }

    /// <summary>A deterministic number in [0, 1) from a seed and a key (SplitMix64).</summary>
    internal static double Noise(int seed, long key)
    {
        unchecked
        {
            var z = (ulong)key + ((ulong)seed * 0x9E3779B97F4A7C15UL);
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (z >> 11) * (1.0 / (1UL << 53));
        }
    }
}
