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
        return SupportOf(relationship, first) switch
        {
            InvoiceLineKind.Norgespris => NorgesprisLine(relationship.TariffType, first, energy),
            InvoiceLineKind.Stromstotte => StromstotteLine(first, energy),
            _ => null,
        };
    }

    /// <summary>
    /// The same line from the month's sums over its priced parts (<see cref="Consumption.MeterDaySum"/>), which equals the line
    /// made part by part while the month's priced kWh stay within the volume cap. False when they do not, or when the
    /// above-threshold sum was made with another strømstøtte threshold than the month's: the caller bills the values.
    /// </summary>
    public bool TryLineFor(CustomerRelationship relationship, DateOnly month, PricedSums sums, out InvoiceLineDraft? line)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        line = null;
        switch (SupportOf(relationship, first))
        {
            case InvoiceLineKind.Norgespris:
                if (sums.Kwh > NorgesprisCap(relationship.TariffType))
                {
                    return false;
                }

                line = Line(InvoiceLineKind.Norgespris, NorgesprisDescription(), sums.Kwh, (Norgespris.PriceNokPerKwh * sums.Kwh) - sums.SpotNok);
                return true;
            case InvoiceLineKind.Stromstotte when StromstotteFor(first) is { } period:
                if (sums.Kwh > period.MonthlyCapKwh || sums.ThresholdNokPerKwh != period.ThresholdNokPerKwh)
                {
                    return false;
                }

                line = Line(InvoiceLineKind.Stromstotte, StromstotteDescription(period), sums.Kwh, -period.Coverage * sums.AboveThresholdNok);
                return true;
            default:
                return true;
        }
    }

    /// <summary>Norgespris for a home or holiday home that has chosen it from this month, strømstøtte for other homes, or nothing.</summary>
    private InvoiceLineKind? SupportOf(CustomerRelationship relationship, DateOnly first) =>
        relationship.NorgesprisFrom is { } from && from <= first && first >= Norgespris.AvailableFrom && MayChooseNorgespris(relationship)
            ? InvoiceLineKind.Norgespris
            : relationship.CustomerType == CustomerType.Private && relationship.TariffType == TariffType.Household ? InvoiceLineKind.Stromstotte : null;

    private decimal NorgesprisCap(TariffType tariffType) =>
        tariffType == TariffType.Household ? Norgespris.MonthlyCapKwhHome : Norgespris.MonthlyCapKwhHolidayHome;

    private string NorgesprisDescription() => string.Create(Norwegian, $"Norgespris {Norgespris.PriceNokPerKwh * 100:0.##} øre/kWh, avregning");

    private static string StromstotteDescription(StromstottePeriod period) =>
        string.Create(Norwegian, $"Strømstøtte ({period.Coverage * 100:0.##} % over {period.ThresholdNokPerKwh * 100:0.##} øre/kWh)");

    /// <summary>
    /// The Norgespris settlement of a month for a home or a holiday home (each with its own volume cap),
    /// whether or not it was chosen: what the invoice bills with Norgespris, and what the comparison shows.
    /// </summary>
    public InvoiceLineDraft? NorgesprisLine(TariffType tariffType, DateOnly month, IEnumerable<PricedEnergy> energy)
    {
        return Line(InvoiceLineKind.Norgespris, NorgesprisDescription(), month, energy, NorgesprisCap(tariffType), spot => Norgespris.PriceNokPerKwh - spot);
    }

    /// <summary>The strømstøtte of a home's month, or null when none is configured for it or nothing is priced.</summary>
    public InvoiceLineDraft? StromstotteLine(DateOnly month, IEnumerable<PricedEnergy> energy)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        return StromstotteFor(first) is { } period
            ? Line(InvoiceLineKind.Stromstotte, StromstotteDescription(period), first, energy, period.MonthlyCapKwh, spot => -period.Coverage * Math.Max(0, spot - period.ThresholdNokPerKwh))
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

        return Line(kind, description, kwh, amount);
    }

    private static InvoiceLineDraft? Line(InvoiceLineKind kind, string description, decimal kwh, decimal amount) =>
        kwh == 0 ? null : new InvoiceLineDraft(kind, description, kwh, "kWh", Math.Round(amount / kwh, 4, MidpointRounding.AwayFromZero), Money.Round(amount));
}

/// <summary>
/// A month's sums over its parts with a spot price and more than 0 kWh: their kWh, their cost at spot price, and their
/// cost above <see cref="ThresholdNokPerKwh"/> (the strømstøtte threshold they were made with; null: none).
/// </summary>
public readonly record struct PricedSums(decimal Kwh, decimal SpotNok, decimal? ThresholdNokPerKwh, decimal AboveThresholdNok);
