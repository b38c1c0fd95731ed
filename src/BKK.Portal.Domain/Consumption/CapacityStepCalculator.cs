using BKK.Portal.Domain.Common;

namespace BKK.Portal.Domain.Consumption;

/// <summary>A day's highest hour (døgnmaks) that counts toward the month's capacity step.</summary>
public sealed record CapacityPeak(DateOnly Date, DateTime HourStartUtc, long Wh, bool Estimated)
{
    public decimal Kwh => Wh / 1000m;

    public DateTime HourStartLocal => OsloTime.ToLocal(HourStartUtc);
}

/// <summary>
/// The capacity step (kapasitetstrinn) of a month: the average of the three highest hourly
/// values, each on a different day (the highest hour of each day, then the three highest
/// days), mapped to a step of the tariff in force that month. An hour's kWh is its average
/// power in kW. A month with fewer than three days of values averages the days it has.
/// </summary>
public static class CapacityStepCalculator
{
    public const int PeakDays = 3;

    /// <param name="month">Any date in the month.</param>
    /// <param name="hours">Hourly values in order of start; values outside the month are ignored.</param>
    /// <param name="tariff">The dated table of steps.</param>
    public static CapacityResult Calculate(DateOnly month, IReadOnlyList<HourValue> hours, CapacityTariff tariff)
    {
        var first = ConsumptionPeriod.FirstOfMonth(month);
        var fromUtc = OsloTime.ToUtc(first);
        var toUtc = OsloTime.ToUtc(first.AddMonths(1));

        var dailyMax = new Dictionary<DateOnly, HourValue>();
        foreach (var hour in hours)
        {
            if (hour.StartUtc < fromUtc || hour.StartUtc >= toUtc)
            {
                continue;
            }

            var date = OsloTime.LocalDate(hour.StartUtc);
            if (!dailyMax.TryGetValue(date, out var max) || hour.Wh > max.Wh)
            {
                dailyMax[date] = hour;
            }
        }

        var peaks = dailyMax
            .OrderByDescending(d => d.Value.Wh)
            .ThenBy(d => d.Key)
            .Take(PeakDays)
            .Select(d => new CapacityPeak(d.Key, d.Value.StartUtc, d.Value.Wh, d.Value.Estimated > 0))
            .ToList();
        var averageKw = peaks.Count == 0 ? 0m : peaks.Sum(p => p.Wh) / 1000m / peaks.Count;
        return new CapacityResult(first, peaks, averageKw, tariff.StepFor(first, averageKw));
    }
}
