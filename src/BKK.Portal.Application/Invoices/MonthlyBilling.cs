using BKK.Portal.Application.Consumption;

namespace BKK.Portal.Application.Invoices;

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
