namespace BKK.Portal.Application.Prices;

/// <summary>
/// One month of the comparison, incl. VAT: the power at the spot price, with strømstøtte (a home's; a
/// holiday home has none), and with Norgespris (up to the month's volume cap, the spot price above it).
/// <see cref="Complete"/> is false when some of the month's consumption has no stored spot price.
/// </summary>
public sealed record NorgesprisMonth(DateOnly Month, decimal Kwh, decimal SpotInclVat, decimal StromstotteInclVat, decimal NorgesprisSettlementInclVat, decimal NorgesprisKwh, bool Complete)
{
    public decimal WithSpot => SpotInclVat + StromstotteInclVat;

    public decimal WithNorgespris => SpotInclVat + NorgesprisSettlementInclVat;

    /// <summary>Norgespris minus spot with strømstøtte: below 0 when Norgespris would have been cheaper.</summary>
    public decimal Difference => WithNorgespris - WithSpot;
}
