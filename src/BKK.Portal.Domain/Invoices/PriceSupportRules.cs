using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Prices;

namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// The state's price support on the grid invoice. A home (private customer, household tariff)
/// gets strømstøtte; one that has chosen Norgespris gets the difference between the spot price
/// and Norgespris instead (a credit when the spot price is higher, a charge when it is lower);
/// holiday homes only through Norgespris, businesses neither. Computed interval by interval on the
/// finer of the meter's and the market's intervals (<see cref="IntervalPricing"/>), in time order
/// until the month's volume cap is reached; an interval without a spot price gets no support.
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
    /// The support line of the month, or null when none applies (or the month has no priced interval);
    /// <paramref name="energy"/> is the month's consumption with the spot price (NOK/kWh excl. VAT) over each part.
    /// </summary>
    public InvoiceLineDraft? LineFor(CustomerRelationship relationship, DateOnly month, IEnumerable<PricedEnergy> energy)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        if (relationship.NorgesprisFrom is { } from && from <= first && first >= Norgespris.AvailableFrom && MayChooseNorgespris(relationship))
        {
            return NorgesprisLine(relationship.TariffType, first, energy);
        }

        return relationship.CustomerType == CustomerType.Private && relationship.TariffType == TariffType.Household
            ? StromstotteLine(first, energy)
            : null;
    }

    /// <summary>
    /// The Norgespris settlement of a month for a home or a holiday home (each with its own volume cap),
    /// whether or not it was chosen: what the invoice bills with Norgespris, and what the comparison shows.
    /// </summary>
    public InvoiceLineDraft? NorgesprisLine(TariffType tariffType, DateOnly month, IEnumerable<PricedEnergy> energy)
    {
        var cap = tariffType == TariffType.Household ? Norgespris.MonthlyCapKwhHome : Norgespris.MonthlyCapKwhHolidayHome;
        return Line(InvoiceLineKind.Norgespris, string.Create(Norwegian, $"Norgespris {Norgespris.PriceNokPerKwh * 100:0.##} øre/kWh, avregning"),
            month, energy, cap, spot => Norgespris.PriceNokPerKwh - spot);
    }

    /// <summary>The strømstøtte of a home's month, or null when none is configured for it or nothing is priced.</summary>
    public InvoiceLineDraft? StromstotteLine(DateOnly month, IEnumerable<PricedEnergy> energy)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        return StromstotteFor(first) is { } period
            ? Line(InvoiceLineKind.Stromstotte, string.Create(Norwegian, $"Strømstøtte ({period.Coverage * 100:0.##} % over {period.ThresholdNokPerKwh * 100:0.##} øre/kWh)"),
                first, energy, period.MonthlyCapKwh, spot => -period.Coverage * Math.Max(0, spot - period.ThresholdNokPerKwh))
            : null;
    }

    private static InvoiceLineDraft? Line(
        InvoiceLineKind kind, string description, DateOnly month, IEnumerable<PricedEnergy> energy, decimal capKwh, Func<decimal, decimal> perKwh)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var fromUtc = OsloTime.ToUtc(first);
        var toUtc = OsloTime.ToUtc(first.AddMonths(1));
        decimal left = capKwh, kwh = 0, amount = 0;
        foreach (var part in energy)
        {
            if (left <= 0)
            {
                break;
            }

            if (part.StartUtc < fromUtc || part.StartUtc >= toUtc || part.NokPerKwh is not { } spot || part.Kwh <= 0)
            {
                continue;
            }

            var counted = Math.Min(part.Kwh, left);
            left -= counted;
            kwh += counted;
            amount += counted * perKwh(spot);
        }

        return kwh == 0 ? null : new InvoiceLineDraft(kind, description, kwh, "kWh", Math.Round(amount / kwh, 4, MidpointRounding.AwayFromZero), Money.Round(amount));
    }
}
