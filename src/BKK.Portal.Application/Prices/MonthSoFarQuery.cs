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
        var customer = await db.RelationshipAsync(relationship, cancellationToken);
        var points = await access.ListForBillingAsync(relationship, cancellationToken);
        var result = new List<MonthSoFar>(points.Count);
        foreach (var point in points)
        {
            var end = asOfUtc < toUtc ? asOfUtc : toUtc;
            var (soFar, through) = await BillDaysAsync(customer, point, month, end, cancellationToken)
                ?? await BillValuesAsync(customer, point, month, fromUtc, toUtc, end, cancellationToken);
            var estimate = through is { } last ? await EstimateAsync(point, month, soFar, last - fromUtc, toUtc - fromUtc, cancellationToken) : null;
            result.Add(new MonthSoFar(point.Choice, month, through, soFar, CapacityHeadroom.Of(soFar.Capacity, capacity.Tariff), estimate));
        }

        return result;
    }

    /// <summary>
    /// The month up to <paramref name="end"/> from its day sums (about 30 rows), or null where they cannot give the figures
    /// the values give (<see cref="MonthlyBilling.BillDays"/>; or <paramref name="end"/> falls before a value of its day).
    /// </summary>
    private async Task<(InvoiceDraft SoFar, DateTime? Through)?> BillDaysAsync(CustomerRelationship customer, OwnedMeteringPoint point, DateOnly month, DateTime end, CancellationToken cancellationToken)
    {
        var lastDay = OsloTime.LocalDate(end.AddTicks(-1));
        var days = await readings.ReadDaysAsync(point.Key, FlowDirection.Consumption, month, lastDay.AddDays(1), cancellationToken);
        if (days.Count > 0 && days[^1].ThroughUtc > end)
        {
            return null;
        }

        return billing.BillDays(customer, point.PriceArea, month, days) is { } soFar
            ? (soFar, days.Count > 0 ? days[^1].ThroughUtc : null)
            : null;
    }

    /// <summary>The month up to <paramref name="end"/> billed value by value, as the invoice is.</summary>
    private async Task<(InvoiceDraft SoFar, DateTime? Through)> BillValuesAsync(
        CustomerRelationship customer, OwnedMeteringPoint point, DateOnly month, DateTime fromUtc, DateTime toUtc, DateTime end, CancellationToken cancellationToken)
    {
        // Points of one area ask for the same curve, which ISpotPrices keeps in memory.
        var prices = await spotPrices.ReadAsync(point.PriceArea, fromUtc, toUtc, cancellationToken);
        var values = await readings.ReadAsync(point.Key, FlowDirection.Consumption, fromUtc, end, cancellationToken);
        return (billing.Bill(customer, month, values, prices, deferralInterest: 0), values.Count > 0 ? values[^1].EndUtc : null);
    }

    /// <summary>
    /// Scales the month so far by last year's same month (its whole month over its same stretch from the first),
    /// or, without last year's values, by the month's length over the time passed. Last year's month comes from its day
    /// sums; the day the stretch ends in is split at the same instant by summing that day's values up to it.
    /// </summary>
    private async Task<MonthEstimate> EstimateAsync(OwnedMeteringPoint point, DateOnly month, InvoiceDraft soFar, TimeSpan elapsed, TimeSpan length, CancellationToken cancellationToken)
    {
        var lastYear = month.AddYears(-1);
        var cut = OsloTime.ToUtc(lastYear) + elapsed;
        var cutDay = OsloTime.LocalDate(cut);
        var days = await readings.ReadDaysAsync(point.Key, FlowDirection.Consumption, lastYear, lastYear.AddMonths(1), cancellationToken);
        var cutDayStart = OsloTime.ToUtc(cutDay);
        var part = cut > cutDayStart && days.Any(d => d.Day == cutDay)
            ? (await readings.SumAsync(point.Key, FlowDirection.Consumption, [cutDayStart, cut], cancellationToken))[0]
            : null;
        long beforeWh = part?.Wh ?? 0, afterWh = -(part?.Wh ?? 0);
        int beforeValues = part?.Values ?? 0, afterValues = -(part?.Values ?? 0);
        foreach (var day in days)
        {
            if (day.Day < cutDay)
            {
                beforeWh += day.Wh;
                beforeValues += day.Values;
            }
            else
            {
                afterWh += day.Wh;
                afterValues += day.Values;
            }
        }

        var (method, factor) = beforeValues > 0 && beforeWh > 0 && afterValues > 0
            ? (MonthEstimateMethod.LastYearScaled, (beforeWh + afterWh) / 1000m / (beforeWh / 1000m))
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
