namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// The grid tariff's energy charge, fixed charge and taxes from a date on, all in NOK excl. VAT
/// (the capacity steps are in <see cref="Consumption.CapacityTariff"/>). Day rate 06–22 on
/// weekdays; the night rate at night, at weekends and on public holidays. Winter is January
/// to March, when the energy charge and the consumption tax are lower.
/// </summary>
public sealed record GridTariffPeriod(
    DateOnly ValidFrom,
    decimal WinterDayRate,
    decimal WinterNightRate,
    decimal DayRate,
    decimal NightRate,
    decimal WinterConsumptionTax,
    decimal ConsumptionTax,
    decimal EnovaFeePerKwh,
    decimal FixedChargePerMonth,
    decimal VatRate)
{
    public static bool IsWinter(DateOnly month) => month.Month <= 3;
}

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
            if (new[] { p.WinterDayRate, p.WinterNightRate, p.DayRate, p.NightRate, p.WinterConsumptionTax, p.ConsumptionTax, p.EnovaFeePerKwh, p.FixedChargePerMonth }.Any(v => v < 0)
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
