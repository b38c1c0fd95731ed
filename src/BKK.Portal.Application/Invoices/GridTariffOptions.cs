namespace BKK.Portal.Application.Invoices;

/// <summary>
/// The grid tariff's energy charge, fixed charge and taxes as configuration (section
/// <c>Tariff:Grid</c>), NOK excl. VAT, dated; and the payment deferral rules (<c>Invoices:Deferral</c>).
/// </summary>
public sealed class GridTariffOptions
{
    public const string SectionName = "Tariff:Grid";

    public List<GridTariffPeriodOptions> Periods { get; set; } = [];

    public GridTariff ToTariff()
    {
        if (Periods.Count == 0)
        {
            throw new InvalidOperationException($"{SectionName}:Periods is empty: the grid tariff must be configured.");
        }

        return new GridTariff(Periods.Select(p => new GridTariffPeriod(
            p.ValidFrom, p.WinterDayRate, p.WinterNightRate, p.DayRate, p.NightRate, p.WinterConsumptionTax, p.ConsumptionTax, p.EnovaFeePerKwh, p.FixedChargePerMonth, p.VatRate,
            p.EnovaFeePerYearBusiness)));
    }

    public sealed class GridTariffPeriodOptions
    {
        public DateOnly ValidFrom { get; set; }

        public decimal WinterDayRate { get; set; }

        public decimal WinterNightRate { get; set; }

        public decimal DayRate { get; set; }

        public decimal NightRate { get; set; }

        public decimal WinterConsumptionTax { get; set; }

        public decimal ConsumptionTax { get; set; }

        /// <summary>The Enova fee of a household, NOK per kWh.</summary>
        public decimal EnovaFeePerKwh { get; set; }

        /// <summary>The Enova fee of a business, NOK per metering point and year.</summary>
        public decimal EnovaFeePerYearBusiness { get; set; }

        public decimal FixedChargePerMonth { get; set; }

        public decimal VatRate { get; set; } = 0.25m;

        /// <summary>Where the period's figures come from (documentation only: the portal does not read it).</summary>
        public string? Source { get; set; }
    }
}
