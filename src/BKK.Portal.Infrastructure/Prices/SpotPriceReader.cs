using BKK.Portal.Application.Prices;
using BKK.Portal.Infrastructure.Persistence;
using SQLitePCL;

namespace BKK.Portal.Infrastructure.Prices;

/// <summary>
/// Reads one area's stored prices over a range, as a <see cref="SpotPriceCurve"/>. SQLite: one statement of SQLite
/// itself, stepped and read column by column, as <see cref="Consumption.MeterReadings"/> reads meter values (a month
/// of quarter-hours through EF Core's materialisation took most of the overview's time: docs/performance.md).
/// Other providers: EF Core.
/// </summary>
public sealed class SpotPriceReader(PortalDbContext db) : ISpotPrices
{
    /// <summary>No interval is longer than this: a price that starts this much before the range may reach into it.</summary>
    private static readonly TimeSpan LongestInterval = TimeSpan.FromHours(1);

    private const string Select =
        "SELECT StartUtc, Minutes, MicroNokPerKwh FROM SpotPrices WHERE Area = ?1 AND StartUtc > ?2 AND StartUtc < ?3 ORDER BY StartUtc";

    public async Task<SpotPriceCurve> ReadAsync(PriceArea area, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var earliest = fromUtc - LongestInterval;
        if (!db.Database.IsSqlite())
        {
            var rows = await db.SpotPrices.AsNoTracking()
                .Where(p => p.Area == area && p.StartUtc > earliest && p.StartUtc < toUtc)
                .OrderBy(p => p.StartUtc)
                .ToListAsync(cancellationToken);
            return Curve(area, rows.Select(r => r.ToPrice()), fromUtc);
        }

        return await SqliteHandle.UseAsync(db, connection =>
        {
            SqliteResult.Check(connection, raw.sqlite3_prepare_v2(connection, Select, out var statement));
            using (statement)
            {
                raw.sqlite3_bind_int(statement, 1, (int)area);
                raw.sqlite3_bind_int64(statement, 2, UnixSeconds.From(earliest));
                raw.sqlite3_bind_int64(statement, 3, UnixSeconds.From(toUtc));
                var prices = new List<SpotPrice>((int)Math.Clamp((toUtc - fromUtc).TotalHours * 4, 0, 400_000));
                int result;
                while ((result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                {
                    prices.Add(new SpotPrice(
                        UnixSeconds.ToUtc(raw.sqlite3_column_int64(statement, 0)),
                        raw.sqlite3_column_int(statement, 1),
                        StoredSpotPrice.FromMicro(raw.sqlite3_column_int64(statement, 2))));
                }

                SqliteResult.Check(connection, result);
                return Curve(area, prices, fromUtc);
            }
        }, cancellationToken);
    }

    private static SpotPriceCurve Curve(PriceArea area, IEnumerable<SpotPrice> prices, DateTime fromUtc) =>
        new(area, prices.Where(p => p.EndUtc > fromUtc));
}
