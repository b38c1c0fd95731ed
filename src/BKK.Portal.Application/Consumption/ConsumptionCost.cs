namespace BKK.Portal.Application.Consumption;

/// <summary>
/// The kr view of the Forbruk page: the cost of each row (in the rows' order) and, for a day, the spot price of
/// every interval the market priced (hours, or quarter-hours from 1 October 2025), all incl. VAT.
/// </summary>
public sealed record ConsumptionCost(IReadOnlyList<BucketCost> Buckets, IReadOnlyList<SpotPrice> DayPrices, decimal VatRate)
{
    public decimal TotalNokInclVat => Buckets.Sum(b => b.NokInclVat ?? 0);

    /// <summary>A price in øre/kWh incl. VAT, rounded as the page shows it.</summary>
    public decimal OreInclVat(SpotPrice price) => OreInclVat(price.NokPerKwh, VatRate);

    /// <summary>NOK/kWh excl. VAT as øre/kWh incl. VAT, to a hundredth of an øre.</summary>
    public static decimal OreInclVat(decimal nokPerKwh, decimal vatRate) => Math.Round(nokPerKwh * 100 * (1 + vatRate), 2, MidpointRounding.AwayFromZero);
}
