namespace BKK.Portal.Application.Prices;

/// <summary>
/// Consecutive prices of one bidding zone as a price file gives them (one ENTSO-E <c>Period</c>, or one
/// hvakosterstrommen.no day), already in NOK/kWh excl. VAT: the stored prices of the area from the
/// first start to the last end are replaced by these.
/// </summary>
public sealed record PriceSeries(PriceArea Area, IReadOnlyList<SpotPrice> Prices)
{
    public DateTime FromUtc => Prices[0].StartUtc;

    public DateTime ToUtc => Prices[^1].EndUtc;
}
