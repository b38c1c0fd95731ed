namespace BKK.Portal.Application.Consumption;

/// <summary>
/// The capacity charge as configuration (section <c>Tariff:Capacity</c>): the dated table of
/// steps, and whether quarter-hours are summed to whole hours before the peaks are chosen.
/// appsettings.json holds the example table of docs/domain.md.
/// </summary>
public sealed class CapacityTariffOptions
{
    public const string SectionName = "Tariff:Capacity";

    public bool SumQuarterHoursToHours { get; set; } = true;

    public List<PeriodOptions> Periods { get; set; } = [];

    /// <summary>The checked table; throws with a clear message when the configuration is wrong.</summary>
    public CapacityTariff ToTariff()
    {
        if (Periods.Count == 0)
        {
            throw new InvalidOperationException($"{SectionName}:Periods is empty: the capacity tariff must be configured.");
        }

        return new CapacityTariff(Periods.Select(p => new CapacityTariffPeriod(
            p.ValidFrom,
            p.Steps.Select(s => new CapacityStep(s.FromKw, s.ToKw, s.MonthlyPriceNok)).ToList())));
    }

    public sealed class PeriodOptions
    {
        public DateOnly ValidFrom { get; set; }

        public List<StepOptions> Steps { get; set; } = [];
    }

    public sealed class StepOptions
    {
        public decimal FromKw { get; set; }

        public decimal? ToKw { get; set; }

        public decimal MonthlyPriceNok { get; set; }
    }
}
