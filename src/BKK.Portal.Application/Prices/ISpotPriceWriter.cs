namespace BKK.Portal.Application.Prices;

/// <summary>The one writer of spot prices: the price import and the demo data.</summary>
public interface ISpotPriceWriter
{
    /// <summary>
    /// Replaces the stored prices of each series' area over the series' time range by the series' prices,
    /// all series in one transaction: everything is written or nothing. A range whose stored prices are
    /// the same already is left alone (importing a file twice changes nothing).
    /// </summary>
    Task<SpotPriceWriteSummary> WriteAsync(IReadOnlyList<PriceSeries> series, CancellationToken cancellationToken);
}
