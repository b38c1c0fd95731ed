namespace BKK.Portal.Application.Prices;

/// <summary>
/// The price import's settings (section <c>Prices:Import</c>). <see cref="EurNok"/> maps an Oslo date
/// ("yyyy-MM-dd") to the EUR→NOK rate used from that date on, until the next date: ENTSO-E gives
/// day-ahead prices in EUR/MWh and the portal keeps NOK/kWh.
/// </summary>
public sealed class SpotPriceImportOptions
{
    public const string SectionName = "Prices:Import";

    public Dictionary<string, decimal> EurNok { get; set; } = [];

    /// <exception cref="InvalidOperationException">A key is not a date or a rate is not above 0.</exception>
    public EurNokRates ToRates() => new(EurNok);
}
