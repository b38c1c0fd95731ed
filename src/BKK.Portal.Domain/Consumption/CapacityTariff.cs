namespace BKK.Portal.Domain.Consumption;

/// <summary>
/// The dated table of capacity steps (prices differ between companies and years, so the table
/// is configuration). Checked when made: every period starts at 0 kW, its steps follow each
/// other without gap or overlap, and the last one is open-ended.
/// </summary>
public sealed class CapacityTariff
{
    private readonly CapacityTariffPeriod[] _periods;

    public CapacityTariff(IEnumerable<CapacityTariffPeriod> periods)
    {
        _periods = periods.OrderBy(p => p.ValidFrom).ToArray();
        if (_periods.Length == 0)
        {
            throw new ArgumentException("The capacity tariff needs at least one period.", nameof(periods));
        }

        foreach (var period in _periods)
        {
            Validate(period);
        }
    }

    public IReadOnlyList<CapacityTariffPeriod> Periods => _periods;

    /// <summary>The period in force on the first day of <paramref name="month"/>.</summary>
    public CapacityTariffPeriod PeriodFor(DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        return _periods.LastOrDefault(p => p.ValidFrom <= first)
            ?? throw new InvalidOperationException($"The capacity tariff has no period for {first:yyyy-MM}.");
    }

    public CapacityStep StepFor(DateOnly month, decimal averageKw) =>
        PeriodFor(month).Steps.First(s => s.Contains(Math.Max(0, averageKw)));

    private static void Validate(CapacityTariffPeriod period)
    {
        var steps = period.Steps;
        var where = $"The capacity tariff from {period.ValidFrom:yyyy-MM-dd}";
        if (steps.Count == 0 || steps[0].FromKw != 0)
        {
            throw new ArgumentException($"{where} must start at 0 kW.");
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var last = i == steps.Count - 1;
            if (last != (step.ToKw is null))
            {
                throw new ArgumentException($"{where}: only the last step is open-ended.");
            }

            if (!last && (step.ToKw <= step.FromKw || steps[i + 1].FromKw != step.ToKw))
            {
                throw new ArgumentException($"{where}: step {i + 1} must end where step {i + 2} starts, above its own start.");
            }

            if (step.MonthlyPriceNok < 0)
            {
                throw new ArgumentException($"{where}: step {i + 1} has a negative price.");
            }
        }
    }
}
