using BKK.Portal.Application.Prices;
using Microsoft.Extensions.Caching.Memory;

namespace BKK.Portal.Infrastructure.Prices;

/// <summary>
/// The stored prices kept in memory for a minute per area and range: every overview of a month asks for the same
/// month of the same area, and a price curve is immutable. A minute is how long an import may take to show on an
/// instance (the import runs as its own process, so there is nothing to tell the instances); see ADR 0023.
/// </summary>
public sealed class CachedSpotPrices(SpotPriceReader reader, CachedSpotPrices.Store store) : ISpotPrices
{
    /// <summary>At most this many prices in memory (about 64 MB); when full, the least recently used go first.</summary>
    public const long MaxPrices = 2_000_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task<SpotPriceCurve> ReadAsync(PriceArea area, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var key = (typeof(CachedSpotPrices), area, fromUtc, toUtc);
        if (store.Cache.TryGetValue(key, out SpotPriceCurve? cached) && cached is not null)
        {
            return cached;
        }

        var curve = await reader.ReadAsync(area, fromUtc, toUtc, cancellationToken);
        store.Cache.Set(key, curve, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = Math.Max(1, curve.Prices.Count) });
        return curve;
    }

    /// <summary>The process's one cache of curves (a singleton), apart from any other memory cache.</summary>
    public sealed class Store : IDisposable
    {
        public MemoryCache Cache { get; } = new(new MemoryCacheOptions { SizeLimit = MaxPrices });

        public void Dispose() => Cache.Dispose();
    }
}
