namespace BKK.Portal.Application.Invoices;

/// <summary>Hourly spot prices of the company's price area (BKK's grid is all in NO5), NOK/kWh excl. VAT.</summary>
public interface ISpotPrices
{
    /// <returns>The price by the UTC start of each hour in [fromUtc, toUtc); hours without a price are left out.</returns>
    Task<IReadOnlyDictionary<DateTime, decimal>> HourlyAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);
}
