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
            support.LineFor(relationship, first, IntervalPricing.Parts(readings, prices)), BusinessDaysOf(relationship));
    }

    /// <summary>
    /// The same from the month's day sums (<see cref="MeterDaySum"/>, in order of day, of <paramref name="area"/>), or null
    /// when they cannot give the invoice the values give: a day's prices changed after its sums were made, a day was
    /// priced in another area or with another strømstøtte threshold, or the priced kWh pass the volume cap.
    /// </summary>
    public InvoiceDraft? BillDays(CustomerRelationship relationship, PriceArea area, DateOnly month, IReadOnlyList<MeterDaySum> days)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        long dayWh = 0, nightWh = 0;
        decimal kwh = 0, spot = 0, above = 0;
        var threshold = days.Count > 0 ? days[0].StromstotteThresholdNokPerKwh : null;
        foreach (var day in days)
        {
            if (day.PricesChanged || day.PriceArea != area || day.StromstotteThresholdNokPerKwh != threshold || ConsumptionPeriod.FirstOfMonth(day.Day) != first)
            {
                return null;
            }

            dayWh += day.DayRateWh;
            nightWh += day.NightRateWh;
            kwh += day.PricedKwh;
            spot += day.SpotNok;
            above += day.AboveThresholdNok;
        }

        return support.TryLineFor(relationship, first, new PricedSums(kwh, spot, threshold, above), out var line)
            ? InvoiceCalculator.Calculate(first, dayWh, nightWh, capacity.Calculate(first, days), tariff.PeriodFor(first), 0, line, BusinessDaysOf(relationship))
            : null;
    }

    /// <summary>A business pays the Enova fee per metering point and year, for the days it is the customer; a household per kWh.</summary>
    private static BusinessDays? BusinessDaysOf(CustomerRelationship relationship) =>
        relationship.CustomerType == CustomerType.Business ? new BusinessDays(relationship.StartDate, relationship.EndDate) : null;

    /// <summary>
    /// The invoice of the month after <paramref name="previous"/>: the interest of a deferral granted on
    /// the previous invoice is a line of this one.
    /// </summary>
    public Task<InvoiceDraft> BillAfterAsync(CustomerRelationship relationship, PriceArea area, Invoice previous, IReadOnlyList<Reading> readings, CancellationToken cancellationToken) =>
        BillAsync(relationship, area, previous.PeriodStart.AddMonths(1), readings, previous.DeferralInterest, cancellationToken);
}
