using BKK.Portal.Application.Consumption;
using BKK.Portal.Application.Prices;

namespace BKK.Portal.Application.Invoices;

/// <summary>
/// Bills a metering point's month with the configured tariffs: the same capacity step the Forbruk
/// page shows, and the price support the relationship has that month, on the stored spot prices of
/// the metering point's price area. The month so far on the overview is billed by this same code.
/// </summary>
public sealed class MonthlyBilling(CapacityCharge capacity, GridTariff tariff, PriceSupportRules support, ISpotPrices spotPrices)
{
    public async Task<InvoiceDraft> BillAsync(CustomerRelationship relationship, PriceArea area, DateOnly month, IReadOnlyList<Reading> readings, decimal deferralInterest, CancellationToken cancellationToken)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var prices = await spotPrices.ReadAsync(area, OsloTime.ToUtc(first), OsloTime.ToUtc(first.AddMonths(1)), cancellationToken);
        return Bill(relationship, first, readings, prices, deferralInterest);
    }

    /// <summary>The same with the month's prices at hand.</summary>
    public InvoiceDraft Bill(CustomerRelationship relationship, DateOnly month, IReadOnlyList<Reading> readings, SpotPriceCurve prices, decimal deferralInterest)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var hours = ConsumptionAggregator.ToHours(readings);
        return InvoiceCalculator.Calculate(
            first, hours, capacity.Calculate(first, readings, hours), tariff.PeriodFor(first), deferralInterest,
            support.LineFor(relationship, first, IntervalPricing.Parts(readings, prices)));
    }

    /// <summary>
    /// The invoice of the month after <paramref name="previous"/>: the interest of a deferral granted on
    /// the previous invoice is a line of this one.
    /// </summary>
    public Task<InvoiceDraft> BillAfterAsync(CustomerRelationship relationship, PriceArea area, Invoice previous, IReadOnlyList<Reading> readings, CancellationToken cancellationToken) =>
        BillAsync(relationship, area, previous.PeriodStart.AddMonths(1), readings, previous.DeferralInterest, cancellationToken);
}
