using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Customers;
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

/// <summary>Who sends the invoices and where they are paid (section <c>Invoices:Issuer</c>), checked at start.</summary>
public sealed class InvoiceIssuerOptions
{
    public const string SectionName = "Invoices:Issuer";

    public string Name { get; set; } = string.Empty;

    public string BankAccount { get; set; } = string.Empty;

    public InvoiceIssuer ToIssuer()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new InvalidOperationException($"{SectionName}:Name is empty: invoices must say who sends them.");
        }

        var account = BankAccountNumber.Parse(BankAccount);
        return account.IsValid
            ? new InvoiceIssuer(Name.Trim(), account.Value!)
            : throw new InvalidOperationException($"{SectionName}:BankAccount is not a valid Norwegian account number: {account.Error}");
    }
}

/// <summary>The company on the invoice and the account customers pay to.</summary>
public sealed record InvoiceIssuer(string Name, BankAccountNumber BankAccount);

/// <summary>The state's price support on the grid invoice (section <c>Tariff:PriceSupport</c>), NOK/kWh excl. VAT.</summary>
public sealed class PriceSupportOptions
{
    public const string SectionName = "Tariff:PriceSupport";

    public List<StromstottePeriod> Stromstotte { get; set; } = [];

    public NorgesprisOptions Norgespris { get; set; } = new();

    public PriceSupportRules ToRules() =>
        new(Stromstotte, new NorgesprisTerms(Norgespris.AvailableFrom, Norgespris.PriceNokPerKwh, Norgespris.MonthlyCapKwhHome, Norgespris.MonthlyCapKwhHolidayHome));

    public sealed class NorgesprisOptions
    {
        public DateOnly AvailableFrom { get; set; } = new(2025, 10, 1);

        public decimal PriceNokPerKwh { get; set; } = 0.40m;

        public decimal MonthlyCapKwhHome { get; set; } = 4000;

        public decimal MonthlyCapKwhHolidayHome { get; set; } = 1000;
    }
}

/// <summary>Hourly spot prices of the company's price area (BKK's grid is all in NO5), NOK/kWh excl. VAT.</summary>
public interface ISpotPrices
{
    /// <returns>The price by the UTC start of each hour in [fromUtc, toUtc); hours without a price are left out.</returns>
    Task<IReadOnlyDictionary<DateTime, decimal>> HourlyAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);
}

/// <summary>
/// Bills a metering point's month with the configured tariffs: the same capacity step the Forbruk
/// page shows, and the price support the relationship has that month.
/// </summary>
public sealed class MonthlyBilling(CapacityCharge capacity, GridTariff tariff, PriceSupportRules support, ISpotPrices spotPrices)
{
    public async Task<InvoiceDraft> BillAsync(CustomerRelationship relationship, DateOnly month, IReadOnlyList<Reading> readings, decimal deferralInterest, CancellationToken cancellationToken)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var hours = ConsumptionAggregator.ToHours(readings);
        var prices = await spotPrices.HourlyAsync(OsloTime.ToUtc(first), OsloTime.ToUtc(first.AddMonths(1)), cancellationToken);
        return InvoiceCalculator.Calculate(
            first, hours, capacity.Calculate(first, readings, hours), tariff.PeriodFor(first), deferralInterest, support.LineFor(relationship, first, hours, prices));
    }

    /// <summary>
    /// The invoice of the month after <paramref name="previous"/>: the interest of a deferral granted on
    /// the previous invoice is a line of this one.
    /// </summary>
    public Task<InvoiceDraft> BillAfterAsync(CustomerRelationship relationship, Invoice previous, IReadOnlyList<Reading> readings, CancellationToken cancellationToken) =>
        BillAsync(relationship, previous.PeriodStart.AddMonths(1), readings, previous.DeferralInterest, cancellationToken);
}

/// <summary>Renders an invoice as a PDF document (filled by the infrastructure).</summary>
public interface IInvoicePdf
{
    byte[] Render(InvoiceDetail detail);
}
