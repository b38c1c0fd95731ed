namespace BKK.Portal.Application.Prices;

/// <summary>The stored day-ahead prices (<see cref="ISpotPriceWriter"/> writes them), NOK/kWh excl. VAT.</summary>
public interface ISpotPrices
{
    /// <returns>The prices of <paramref name="area"/> that overlap [fromUtc, toUtc); times without a price are left out.</returns>
    Task<SpotPriceCurve> ReadAsync(PriceArea area, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);
}
