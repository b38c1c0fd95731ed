using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Invoices;

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
            p.ValidFrom, p.WinterDayRate, p.WinterNightRate, p.DayRate, p.NightRate, p.WinterConsumptionTax, p.ConsumptionTax, p.EnovaFeePerKwh, p.FixedChargePerMonth, p.VatRate)));
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

        public decimal EnovaFeePerKwh { get; set; }

        public decimal FixedChargePerMonth { get; set; }

        public decimal VatRate { get; set; } = 0.25m;
    }
}

public sealed class PaymentDeferralOptions
{
    public const string SectionName = "Invoices:Deferral";

    public int MaxDays { get; set; } = PaymentDeferralRules.Example.MaxDays;

    public decimal MaxAmountNok { get; set; } = PaymentDeferralRules.Example.MaxAmountNok;

    public decimal AnnualInterestRate { get; set; } = PaymentDeferralRules.Example.AnnualInterestRate;

    public PaymentDeferralRules ToRules() => new(MaxDays, MaxAmountNok, AnnualInterestRate);
}

/// <summary>Bills a metering point's month with the configured tariffs: the same capacity step the Forbruk page shows.</summary>
public sealed class MonthlyBilling(CapacityCharge capacity, GridTariff tariff)
{
    public InvoiceDraft Bill(DateOnly month, IReadOnlyList<Reading> readings, decimal deferralInterest = 0)
    {
        var hours = ConsumptionAggregator.ToHours(readings);
        return InvoiceCalculator.Calculate(month, hours, capacity.Calculate(month, readings, hours), tariff.PeriodFor(month), deferralInterest);
    }

    /// <summary>
    /// The invoice of the month after <paramref name="previous"/>: the interest of a deferral granted on
    /// the previous invoice is a line of this one.
    /// </summary>
    public InvoiceDraft BillAfter(Invoice previous, IReadOnlyList<Reading> readings) =>
        Bill(previous.PeriodStart.AddMonths(1), readings, previous.DeferralInterest);
}

/// <summary>Renders an invoice as a PDF document (filled by the infrastructure).</summary>
public interface IInvoicePdf
{
    byte[] Render(InvoiceDetail detail);
}
