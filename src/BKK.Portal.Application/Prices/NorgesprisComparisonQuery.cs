using BKK.Portal.Application.Access;
using BKK.Portal.Application.Consumption;

namespace BKK.Portal.Application.Prices;

/// <summary>
/// What the power of each of the last twelve whole months would have cost with Norgespris and with the
/// spot price plus strømstøtte: the same consumption, the stored spot prices, and the rules the invoices
/// bill by (<see cref="PriceSupportRules.NorgesprisLine"/>, <see cref="PriceSupportRules.StromstotteLine"/>).
/// </summary>
public sealed class NorgesprisComparisonQuery(IPortalDbContext db, MeteringPointAccess access, IMeterReadings readings, ISpotPrices spotPrices, PriceSupportRules rules, GridTariff tariff, TimeProvider clock)
{
    public const int MonthsBack = 12;

    public async Task<NorgesprisComparison> GetAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        var customer = await db.CustomerRelationships.AsNoTracking().SingleAsync(r => r.Id == relationship.RelationshipId, cancellationToken);
        var thisMonth = ConsumptionPeriod.FirstOfMonth(OsloTime.Today(clock));
        var vat = tariff.PeriodFor(thisMonth).VatRate;
        var home = customer.TariffType == TariffType.Household;
        var cap = home ? rules.Norgespris.MonthlyCapKwhHome : rules.Norgespris.MonthlyCapKwhHolidayHome;
        var hasNorgespris = customer.NorgesprisFrom is { } from && from <= thisMonth;
        if (!PriceSupportRules.MayChooseNorgespris(customer))
        {
            return new NorgesprisComparison(false, customer.TariffType, false, rules.Norgespris.PriceNokPerKwh * (1 + vat), cap, []);
        }

        var first = thisMonth.AddMonths(-MonthsBack);
        var fromUtc = OsloTime.ToUtc(first);
        var toUtc = OsloTime.ToUtc(thisMonth);
        var months = Enumerable.Range(0, MonthsBack).Select(i => first.AddMonths(i)).ToList();
        var totals = months.ToDictionary(m => m, m => new NorgesprisMonth(m, 0, 0, 0, 0, 0, true));
        foreach (var point in await access.ListAsync(relationship, cancellationToken))
        {
            // Points of one area ask for the same curve, which ISpotPrices keeps in memory.
            var prices = await spotPrices.ReadAsync(point.PriceArea, fromUtc, toUtc, cancellationToken);

            var energy = IntervalPricing.Price(await readings.ReadAsync(point.Key, FlowDirection.Consumption, fromUtc, toUtc, cancellationToken), prices);
            foreach (var month in months)
            {
                var monthFrom = OsloTime.ToUtc(month);
                var monthTo = OsloTime.ToUtc(month.AddMonths(1));
                var parts = energy.Where(e => e.StartUtc >= monthFrom && e.StartUtc < monthTo).ToList();
                var withVat = 1 + tariff.PeriodFor(month).VatRate;
                var norgespris = rules.NorgesprisLine(customer.TariffType, month, parts);
                var stromstotte = home ? rules.StromstotteLine(month, parts) : null;
                var sum = totals[month];
                totals[month] = sum with
                {
                    Kwh = sum.Kwh + parts.Sum(p => p.Kwh),
                    SpotInclVat = sum.SpotInclVat + Money.Round(parts.Sum(p => p.SpotNok) * withVat),
                    StromstotteInclVat = sum.StromstotteInclVat + Money.Round((stromstotte?.AmountExclVat ?? 0) * withVat),
                    NorgesprisSettlementInclVat = sum.NorgesprisSettlementInclVat + Money.Round((norgespris?.AmountExclVat ?? 0) * withVat),
                    NorgesprisKwh = sum.NorgesprisKwh + (norgespris?.Quantity ?? 0),
                    Complete = sum.Complete && parts.All(p => p.NokPerKwh is not null),
                };
            }
        }

        return new NorgesprisComparison(true, customer.TariffType, hasNorgespris, rules.Norgespris.PriceNokPerKwh * (1 + vat), cap, months.Select(m => totals[m]).ToList());
    }
}
