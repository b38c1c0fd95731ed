using BKK.Portal.Application.Prices;
using BKK.Portal.Infrastructure.Consumption;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace BKK.Portal.Infrastructure.Prices;

/// <summary>
/// Writes price series in one transaction (the caller's, when one is open: the demo data), each series
/// replacing what is stored for its area and time range, or leaving it alone when it is the same.
/// SQLite gets one prepared insert reused for every row (a year of quarter-hours for five areas in
/// about a second); other providers go through EF Core. The day sums of the changed range are marked in the same
/// transaction (<see cref="MeterDaySumWriter.MarkPricesChangedAsync"/>): until they are computed again, their months are
/// billed from the values.
/// </summary>
public sealed class SpotPriceWriter(PortalDbContext db) : ISpotPriceWriter
{
    public async Task<SpotPriceWriteSummary> WriteAsync(IReadOnlyList<PriceSeries> series, CancellationToken cancellationToken)
    {
        CheckNoOverlap(series);
        if (db.Database.CurrentTransaction is not null)
        {
            return await WriteInTransactionAsync(series, cancellationToken);
        }

        // SQL Server's retrying execution strategy needs the whole transaction as one retriable unit.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var summary = await WriteInTransactionAsync(series, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return summary;
        });
    }

    private async Task<SpotPriceWriteSummary> WriteInTransactionAsync(IReadOnlyList<PriceSeries> series, CancellationToken cancellationToken)
    {
        var summary = new SpotPriceWriteSummary(0, 0, 0);
        var inserts = new List<StoredSpotPrice>();
        foreach (var area in series.GroupBy(s => s.Area))
        {
            var from = area.Min(s => s.FromUtc);
            var to = area.Max(s => s.ToUtc);
            var stored = await db.SpotPrices.AsNoTracking()
                .Where(p => p.Area == area.Key && p.StartUtc >= from && p.StartUtc < to)
                .OrderBy(p => p.StartUtc)
                .ToListAsync(cancellationToken);
            var starts = stored.Select(p => p.StartUtc).ToArray();
            foreach (var one in area)
            {
                var rows = one.Prices.Select(p => new StoredSpotPrice { Area = one.Area, StartUtc = p.StartUtc, Minutes = p.Minutes, MicroNokPerKwh = StoredSpotPrice.ToMicro(p.NokPerKwh) }).ToList();
                var first = LowerBound(starts, one.FromUtc);
                var count = LowerBound(starts, one.ToUtc) - first;
                if (count == 0)
                {
                    summary += new SpotPriceWriteSummary(rows.Count, 0, 0);
                }
                else if (count == rows.Count && rows.Select((r, i) => Same(r, stored[first + i])).All(same => same))
                {
                    summary += new SpotPriceWriteSummary(0, 0, rows.Count);
                    continue;
                }
                else
                {
                    await db.SpotPrices.Where(p => p.Area == one.Area && p.StartUtc >= one.FromUtc && p.StartUtc < one.ToUtc).ExecuteDeleteAsync(cancellationToken);
                    summary += new SpotPriceWriteSummary(0, rows.Count, 0);
                }

                inserts.AddRange(rows);
                await MeterDaySumWriter.MarkPricesChangedAsync(db, one.Area, one.FromUtc, one.ToUtc, cancellationToken);
            }
        }

        await InsertAsync(inserts, cancellationToken);
        return summary;
    }

    private async Task InsertAsync(List<StoredSpotPrice> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (!db.Database.IsSqlite())
        {
            db.SpotPrices.AddRange(rows);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return;
        }

        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "INSERT INTO SpotPrices (Area, StartUtc, Minutes, MicroNokPerKwh) VALUES ($a, $s, $m, $p)";
        var area = command.Parameters.Add("$a", SqliteType.Integer);
        var start = command.Parameters.Add("$s", SqliteType.Integer);
        var minutes = command.Parameters.Add("$m", SqliteType.Integer);
        var price = command.Parameters.Add("$p", SqliteType.Integer);
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            area.Value = (int)row.Area;
            start.Value = UnixSeconds.From(row.StartUtc);
            minutes.Value = row.Minutes;
            price.Value = row.MicroNokPerKwh;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static bool Same(StoredSpotPrice a, StoredSpotPrice b) =>
        a.StartUtc == b.StartUtc && a.Minutes == b.Minutes && a.MicroNokPerKwh == b.MicroNokPerKwh;

    /// <summary>Series of one area may not overlap each other: which one would win is not defined.</summary>
    private static void CheckNoOverlap(IReadOnlyList<PriceSeries> series)
    {
        foreach (var area in series.GroupBy(s => s.Area))
        {
            var ordered = area.OrderBy(s => s.FromUtc).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].FromUtc < ordered[i - 1].ToUtc)
                {
                    throw new ArgumentException($"Two price series of {area.Key} overlap at {ordered[i].FromUtc:O}.", nameof(series));
                }
            }
        }
    }

    /// <summary>The index of the first start at or after <paramref name="value"/> (the starts are distinct).</summary>
    private static int LowerBound(DateTime[] sorted, DateTime value)
    {
        var index = Array.BinarySearch(sorted, value);
        return index >= 0 ? index : ~index;
    }
}
