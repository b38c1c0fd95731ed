namespace BKK.Portal.Domain.Invoices;

/// <summary>The dated table of <see cref="GridTariffPeriod"/>s, checked when made.</summary>
public sealed class GridTariff
{
    private readonly GridTariffPeriod[] _periods;

    public GridTariff(IEnumerable<GridTariffPeriod> periods)
    {
        _periods = periods.OrderBy(p => p.ValidFrom).ToArray();
        if (_periods.Length == 0)
        {
            throw new ArgumentException("The grid tariff needs at least one period.", nameof(periods));
        }

        foreach (var p in _periods)
        {
            if (p.ValidFrom.Day != 1)
            {
                throw new ArgumentException(
                    $"The grid tariff from {p.ValidFrom:yyyy-MM-dd} does not begin on the first of a month: a month is billed with one period's rates, so a change of rate begins a month.",
                    nameof(periods));
            }

            if (new[] { p.WinterDayRate, p.WinterNightRate, p.DayRate, p.NightRate, p.WinterConsumptionTax, p.ConsumptionTax, p.EnovaFeePerKwh, p.FixedChargePerMonth, p.EnovaFeePerYearBusiness }.Any(v => v < 0)
                || p.VatRate is < 0 or > 1)
            {
                throw new ArgumentException($"The grid tariff from {p.ValidFrom:yyyy-MM-dd} has a negative amount or a VAT rate outside 0–100 %.", nameof(periods));
            }
        }
    }

    public GridTariffPeriod PeriodFor(DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        return _periods.LastOrDefault(p => p.ValidFrom <= first)
            ?? throw new InvalidOperationException($"The grid tariff has no period for {first:yyyy-MM}.");
    }
}
