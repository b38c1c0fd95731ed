using BKK.Portal.Application.Access;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Application.Invoices;

namespace BKK.Portal.Application.Prices;

/// <summary>
/// The overview's running month per metering point of the relationship: billed by <see cref="MonthlyBilling"/>
/// on the values so far, exactly as the month's invoice will bill it once the month is over (for a closed
/// month the figures are the invoice's), with the capacity step to watch and an estimate of the whole month.
/// </summary>
public sealed class MonthSoFarQuery(IPortalDbContext db, MeteringPointAccess access, IMeterReadings readings, ISpotPrices spotPrices, MonthlyBilling billing, CapacityCharge capacity, TimeProvider clock)
{
    public Task<IReadOnlyList<MonthSoFar>> GetAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken) =>
        GetAsync(relationship, clock.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>The month that <paramref name="asOfUtc"/> is in, up to it; the end of a month gives that whole month.</summary>
    public async Task<IReadOnlyList<MonthSoFar>> GetAsync(AuthorizedRelationship relationship, DateTime asOfUtc, CancellationToken cancellationToken)
    {
        var month = ConsumptionPeriod.FirstOfMonth(OsloTime.LocalDate(asOfUtc.AddTicks(-1)));
        var fromUtc = OsloTime.ToUtc(month);
        var toUtc = OsloTime.ToUtc(month.AddMonths(1));
        var customer = await db.CustomerRelationships.AsNoTracking().SingleAsync(r => r.Id == relationship.RelationshipId, cancellationToken);
        var points = await access.ListForBillingAsync(relationship, cancellationToken);
        var result = new List<MonthSoFar>(points.Count);
        foreach (var point in points)
        {
            // Points of one area ask for the same curve, which ISpotPrices keeps in memory.
            var prices = await spotPrices.ReadAsync(point.PriceArea, fromUtc, toUtc, cancellationToken);

            var values = await readings.ReadAsync(point.Key, FlowDirection.Consumption, fromUtc, asOfUtc < toUtc ? asOfUtc : toUtc, cancellationToken);
            var soFar = billing.Bill(customer, month, values, prices, deferralInterest: 0);
            DateTime? through = values.Count > 0 ? values[^1].EndUtc : null;
            var estimate = through is { } end ? await EstimateAsync(point, month, soFar, end - fromUtc, toUtc - fromUtc, cancellationToken) : null;
            result.Add(new MonthSoFar(point.Choice, month, through, soFar, CapacityHeadroom.Of(soFar.Capacity, capacity.Tariff), estimate));
        }

        return result;
    }

    /// <summary>
    /// Scales the month so far by last year's same month (its whole month over its same stretch from the first),
    /// or, without last year's values, by the month's length over the time passed.
    /// </summary>
    private async Task<MonthEstimate> EstimateAsync(OwnedMeteringPoint point, DateOnly month, InvoiceDraft soFar, TimeSpan elapsed, TimeSpan length, CancellationToken cancellationToken)
    {
        var lastYear = OsloTime.ToUtc(month.AddYears(-1));
        var sums = await readings.SumAsync(point.Key, FlowDirection.Consumption, [lastYear, lastYear + elapsed, OsloTime.ToUtc(month.AddYears(-1).AddMonths(1))], cancellationToken);
        var (method, factor) = sums is [{ HasData: true, Wh: > 0 } before, { HasData: true } after]
            ? (MonthEstimateMethod.LastYearScaled, (before.Kwh + after.Kwh) / before.Kwh)
            : (MonthEstimateMethod.SameRateToMonthEnd, (decimal)length.Ticks / elapsed.Ticks);
        return new MonthEstimate(method, soFar.EnergyKwh * factor, factor, Scale(soFar, factor));
    }

    /// <summary>The lines that follow the energy scaled; the capacity step and the fixed charge as they are.</summary>
    private static InvoiceDraft Scale(InvoiceDraft draft, decimal factor) =>
        draft with
        {
            Lines = draft.Lines.Select(l => l.Kind switch
            {
                InvoiceLineKind.EnergyDay or InvoiceLineKind.EnergyNight or InvoiceLineKind.ConsumptionTax or InvoiceLineKind.EnovaFee => l with { Quantity = l.Quantity * factor },
                InvoiceLineKind.Stromstotte or InvoiceLineKind.Norgespris => l with { Quantity = l.Quantity * factor, SummedAmount = Money.Round(l.AmountExclVat * factor) },
                _ => l,
            }).ToList(),
            EnergyKwh = draft.EnergyKwh * factor,
        };
}
