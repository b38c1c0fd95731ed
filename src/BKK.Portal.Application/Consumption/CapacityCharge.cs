namespace BKK.Portal.Application.Consumption;

/// <summary>The configured capacity tariff, made and checked once at start.</summary>
public sealed class CapacityCharge(CapacityTariff tariff, bool sumQuarterHoursToHours)
{
    public CapacityTariff Tariff { get; } = tariff;

    public bool SumsQuarterHoursToHours { get; } = sumQuarterHoursToHours;

    /// <summary>The month's step from its interval values, summed to hours or as quarter-hour power as configured.</summary>
    public CapacityResult Calculate(DateOnly month, IReadOnlyList<Reading> readings, IReadOnlyList<HourValue> hours) =>
        CapacityStepCalculator.Calculate(month, SumsQuarterHoursToHours ? hours : ConsumptionAggregator.ToHourlyPower(readings), Tariff);

    /// <summary>The same from the month's day sums: each day's highest hour as configured.</summary>
    public CapacityResult Calculate(DateOnly month, IReadOnlyList<MeterDaySum> days) =>
        CapacityStepCalculator.Calculate(month, days.Select(d => d.PeakHour(SumsQuarterHoursToHours)).ToList(), Tariff);
}
