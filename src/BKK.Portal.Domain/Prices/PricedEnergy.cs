namespace BKK.Portal.Domain.Prices;

/// <summary>
/// Energy of one stretch of time with the spot price over it: the finer of the meter's and the
/// market's intervals (an hour's value split evenly over four quarter-hour prices, or a quarter-hour
/// value under its hour's price). <see cref="NokPerKwh"/> is null where no price is known.
/// </summary>
public readonly record struct PricedEnergy(DateTime StartUtc, int Minutes, decimal Kwh, decimal? NokPerKwh)
{
    /// <summary>The energy at the spot price, NOK excl. VAT, not rounded; 0 without a price.</summary>
    public decimal SpotNok => NokPerKwh is { } price ? Kwh * price : 0;
}
