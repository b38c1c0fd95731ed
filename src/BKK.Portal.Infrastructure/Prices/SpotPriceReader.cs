using BKK.Portal.Application.Prices;
using BKK.Portal.Infrastructure.Persistence;

namespace BKK.Portal.Infrastructure.Prices;

/// <summary>Reads one area's stored prices over a range, as a <see cref="SpotPriceCurve"/>.</summary>
public sealed class SpotPriceReader(PortalDbContext db) : ISpotPrices
{
    /// <summary>No interval is longer than this: a price that starts this much before the range may reach into it.</summary>
    private static readonly TimeSpan LongestInterval = TimeSpan.FromHours(1);

    public async Task<SpotPriceCurve> ReadAsync(PriceArea area, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var earliest = fromUtc - LongestInterval;
        var rows = await db.SpotPrices.AsNoTracking()
            .Where(p => p.Area == area && p.StartUtc > earliest && p.StartUtc < toUtc)
            .OrderBy(p => p.StartUtc)
            .ToListAsync(cancellationToken);
        return new SpotPriceCurve(area, rows.Select(r => r.ToPrice()).Where(p => p.EndUtc > fromUtc));
    }
}
