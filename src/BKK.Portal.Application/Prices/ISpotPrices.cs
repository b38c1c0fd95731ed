namespace BKK.Portal.Application.Prices;

/// <summary>
/// The stored day-ahead prices (<see cref="ISpotPriceWriter"/> writes them), NOK/kWh excl. VAT. A curve read is kept in
/// memory for a minute, so asking again for the same area and range costs nothing (and an import shows within a minute).
/// </summary>
public interface ISpotPrices
{
    /// <returns>The prices of <paramref name="area"/> that overlap [fromUtc, toUtc); times without a price are left out.</returns>
    Task<SpotPriceCurve> ReadAsync(PriceArea area, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);
}
