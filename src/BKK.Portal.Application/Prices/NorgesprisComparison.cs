namespace BKK.Portal.Application.Prices;

/// <summary>
/// Norgespris against spot price with strømstøtte on the relationship's own last twelve months (all its
/// metering points, each with its own monthly cap). A business gets <see cref="Applies"/> false: Norgespris is
/// for homes and holiday homes.
/// </summary>
public sealed record NorgesprisComparison(
    bool Applies,
    TariffType TariffType,
    bool HasNorgespris,
    decimal NorgesprisPriceInclVat,
    decimal MonthlyCapKwh,
    IReadOnlyList<NorgesprisMonth> Months)
{
    public decimal TotalWithSpot => Months.Sum(m => m.WithSpot);

    public decimal TotalWithNorgespris => Months.Sum(m => m.WithNorgespris);

    public decimal TotalDifference => TotalWithNorgespris - TotalWithSpot;

    public bool Complete => Months.All(m => m.Complete);
}
