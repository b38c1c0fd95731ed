namespace BKK.Portal.Domain.Prices;

/// <summary>
/// The spot prices of one bidding zone over a time range, in order, without overlap; a time
/// without a price (not imported, or not published yet) has none. Hourly and quarter-hourly
/// prices may follow each other (1 October 2025).
/// </summary>
public sealed class SpotPriceCurve
{
    private readonly SpotPrice[] _prices;

    public SpotPriceCurve(PriceArea area, IEnumerable<SpotPrice> prices)
    {
        Area = area;
        _prices = prices.OrderBy(p => p.StartUtc).ToArray();
        for (var i = 1; i < _prices.Length; i++)
        {
            if (_prices[i].StartUtc < _prices[i - 1].EndUtc)
            {
                throw new ArgumentException($"The prices of {area} overlap at {_prices[i].StartUtc:O}.", nameof(prices));
            }
        }
    }

    public static SpotPriceCurve Empty(PriceArea area) => new(area, []);

    public PriceArea Area { get; }

    public IReadOnlyList<SpotPrice> Prices => _prices;

    public bool IsEmpty => _prices.Length == 0;

    /// <summary>The prices that overlap [fromUtc, toUtc), in order.</summary>
    public IEnumerable<SpotPrice> Between(DateTime fromUtc, DateTime toUtc)
    {
        for (var i = FirstEndingAfter(fromUtc); i < _prices.Length && _prices[i].StartUtc < toUtc; i++)
        {
            yield return _prices[i];
        }
    }

    /// <summary>
    /// The time-weighted average price over [fromUtc, toUtc), or null when part of it has no price
    /// (an hour's price from its four quarter-hours).
    /// </summary>
    public decimal? AverageOver(DateTime fromUtc, DateTime toUtc)
    {
        decimal sum = 0;
        var covered = TimeSpan.Zero;
        foreach (var price in Between(fromUtc, toUtc))
        {
            var overlap = Min(price.EndUtc, toUtc) - Max(price.StartUtc, fromUtc);
            sum += price.NokPerKwh * (decimal)overlap.Ticks;
            covered += overlap;
        }

        var length = toUtc - fromUtc;
        return length > TimeSpan.Zero && covered == length ? sum / length.Ticks : null;
    }

    /// <summary>The index in <see cref="Prices"/> of the first price that ends after <paramref name="utc"/> (binary search).</summary>
    public int FirstEndingAfter(DateTime utc)
    {
        int low = 0, high = _prices.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_prices[mid].EndUtc <= utc)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
