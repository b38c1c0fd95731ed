using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Customers;

namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// The state's price support on the grid invoice. A home (private customer, household tariff)
/// gets strømstøtte; one that has chosen Norgespris gets the difference between the spot price
/// and Norgespris instead (a credit when the spot price is higher, a charge when it is lower);
/// holiday homes only through Norgespris, businesses neither. Computed hour by hour, in time
/// order until the month's volume cap is reached; an hour without a spot price gets no support.
/// The line's description is stored with the invoice (data, like the other invoice lines), so it is
/// written in bokmål whatever the language of the request or job that issues the invoice.
/// </summary>
public sealed class PriceSupportRules
{
    private static readonly System.Globalization.CultureInfo Norwegian = Common.Languages.Bokmal;
    private readonly StromstottePeriod[] _stromstotte;

    public PriceSupportRules(IEnumerable<StromstottePeriod> stromstotte, NorgesprisTerms norgespris)
    {
        _stromstotte = stromstotte.OrderBy(p => p.ValidFrom).ToArray();
        foreach (var p in _stromstotte)
        {
            if (p.ThresholdNokPerKwh < 0 || p.Coverage is <= 0 or > 1 || p.MonthlyCapKwh <= 0)
            {
                throw new ArgumentException($"The strømstøtte from {p.ValidFrom:yyyy-MM-dd} needs a threshold of 0 or more, a coverage above 0 and at most 100 %, and a volume cap above 0.", nameof(stromstotte));
            }
        }

        if (norgespris.PriceNokPerKwh < 0 || norgespris.MonthlyCapKwhHome <= 0 || norgespris.MonthlyCapKwhHolidayHome <= 0)
        {
            throw new ArgumentException("Norgespris needs a price of 0 or more and volume caps above 0.", nameof(norgespris));
        }

        Norgespris = norgespris;
    }

    public NorgesprisTerms Norgespris { get; }

    public StromstottePeriod? StromstotteFor(DateOnly month) => _stromstotte.LastOrDefault(p => p.ValidFrom <= month);

    /// <summary>Whether the relationship may order Norgespris (homes and holiday homes of private customers).</summary>
    public static bool MayChooseNorgespris(CustomerRelationship relationship) =>
        relationship.CustomerType == CustomerType.Private && relationship.TariffType is TariffType.Household or TariffType.HolidayHome;

    /// <summary>
    /// The support line of the month, or null when none applies (or the month has no priced hour);
    /// <paramref name="spotPrices"/> holds the spot price (NOK/kWh excl. VAT) by the UTC start of each hour.
    /// </summary>
    public InvoiceLineDraft? LineFor(CustomerRelationship relationship, DateOnly month, IReadOnlyList<HourValue> hours, IReadOnlyDictionary<DateTime, decimal> spotPrices)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        if (relationship.NorgesprisFrom is { } from && from <= first && first >= Norgespris.AvailableFrom && MayChooseNorgespris(relationship))
        {
            var cap = relationship.TariffType == TariffType.Household ? Norgespris.MonthlyCapKwhHome : Norgespris.MonthlyCapKwhHolidayHome;
            return Line(InvoiceLineKind.Norgespris, string.Create(Norwegian, $"Norgespris {Norgespris.PriceNokPerKwh * 100:0.##} øre/kWh, avregning"),
                first, hours, spotPrices, cap, spot => Norgespris.PriceNokPerKwh - spot);
        }

        if (relationship.CustomerType == CustomerType.Private && relationship.TariffType == TariffType.Household && StromstotteFor(first) is { } period)
        {
            return Line(InvoiceLineKind.Stromstotte, string.Create(Norwegian, $"Strømstøtte ({period.Coverage * 100:0.##} % over {period.ThresholdNokPerKwh * 100:0.##} øre/kWh)"),
                first, hours, spotPrices, period.MonthlyCapKwh, spot => -period.Coverage * Math.Max(0, spot - period.ThresholdNokPerKwh));
        }

        return null;
    }

    private static InvoiceLineDraft? Line(
        InvoiceLineKind kind, string description, DateOnly first, IReadOnlyList<HourValue> hours, IReadOnlyDictionary<DateTime, decimal> spotPrices, decimal capKwh, Func<decimal, decimal> perKwh)
    {
        var fromUtc = OsloTime.ToUtc(first);
        var toUtc = OsloTime.ToUtc(first.AddMonths(1));
        decimal left = capKwh, kwh = 0, amount = 0;
        foreach (var hour in hours.Where(h => h.StartUtc >= fromUtc && h.StartUtc < toUtc).OrderBy(h => h.StartUtc))
        {
            if (left <= 0)
            {
                break;
            }

            if (!spotPrices.TryGetValue(hour.StartUtc, out var spot) || hour.Wh <= 0)
            {
                continue;
            }

            var counted = Math.Min(hour.Wh / 1000m, left);
            left -= counted;
            kwh += counted;
            amount += counted * perKwh(spot);
        }

        return kwh == 0 ? null : new InvoiceLineDraft(kind, description, kwh, "kWh", Math.Round(amount / kwh, 4, MidpointRounding.AwayFromZero), Money.Round(amount));
    }
}
