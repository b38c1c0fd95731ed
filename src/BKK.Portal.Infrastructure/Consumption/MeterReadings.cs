using BKK.Portal.Application.Consumption;
using BKK.Portal.Infrastructure.Persistence;
using SQLitePCL;

namespace BKK.Portal.Infrastructure.Consumption;

/// <summary>
/// SQLite: one statement of SQLite itself, stepped and read column by column (no data reader,
/// no boxing): a year of quarter-hours in a few milliseconds, several times faster than EF
/// Core's materialisation or SQLite summing hours with GROUP BY (bench/ year benchmark).
/// Other providers: EF Core. Callers reach it only with an <see cref="OwnedMeteringPoint"/>'s key.
/// </summary>
public sealed class MeterReadings(PortalDbContext db) : IMeterReadings, IDisposable
{
    // Prepared once and reused while a transaction holds the connection (the import reads each day
    // before it writes it: preparing the statement for every day cost a fifth of the import's writing).
    private sqlite3_stmt? _select;
    private sqlite3? _selectConnection;

    private const string Select =
        "SELECT StartUtc, Resolution, QuantityWh, Status FROM MeterValues WHERE MeteringPointKey = ?1 AND Direction = ?2 AND StartUtc >= ?3 AND StartUtc < ?4 ORDER BY StartUtc";

    private const string Exists =
        "SELECT EXISTS (SELECT 1 FROM MeterValues WHERE MeteringPointKey = ?1 AND Direction = ?2)";

    private const string Sum =
        "SELECT COALESCE(SUM(QuantityWh), 0), COUNT(*), COALESCE(SUM(Status = 2), 0), COALESCE(SUM(Status = 3), 0) FROM MeterValues WHERE MeteringPointKey = ?1 AND Direction = ?2 AND StartUtc >= ?3 AND StartUtc < ?4";

    public async Task<List<Reading>> ReadAsync(int meteringPointKey, FlowDirection direction, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return await db.MeterValues.AsNoTracking()
                .Where(v => v.MeteringPointKey == meteringPointKey && v.Direction == direction && v.StartUtc >= fromUtc && v.StartUtc < toUtc)
                .OrderBy(v => v.StartUtc)
                .Select(v => new Reading(v.StartUtc, v.Resolution, v.QuantityWh, v.Status))
                .ToListAsync(cancellationToken);
        }

        return await SqliteHandle.UseAsync(db, connection => ReadSqlite(connection, meteringPointKey, direction, fromUtc, toUtc), cancellationToken);
    }

    /// <summary>A statement of its own outside a transaction; inside one, the prepared statement kept for it.</summary>
    private List<Reading> ReadSqlite(sqlite3 connection, int meteringPointKey, FlowDirection direction, DateTime fromUtc, DateTime toUtc)
    {
        if (db.Database.CurrentTransaction is null)
        {
            SqliteResult.Check(connection, raw.sqlite3_prepare_v2(connection, Select, out var statement));
            using (statement)
            {
                return ReadSqlite(connection, statement, meteringPointKey, direction, fromUtc, toUtc);
            }
        }

        if (!ReferenceEquals(_selectConnection, connection))
        {
            Dispose();
            SqliteResult.Check(connection, raw.sqlite3_prepare_v2(connection, Select, out _select));
            _selectConnection = connection;
        }

        try
        {
            return ReadSqlite(connection, _select!, meteringPointKey, direction, fromUtc, toUtc);
        }
        finally
        {
            raw.sqlite3_reset(_select);
        }
    }

    public async Task<DateTime?> FirstStartAsync(int meteringPointKey, FlowDirection direction, DateTime fromUtc, CancellationToken cancellationToken) =>
        await db.MeterValues.AsNoTracking()
            .Where(v => v.MeteringPointKey == meteringPointKey && v.Direction == direction && v.StartUtc >= fromUtc)
            .OrderBy(v => v.StartUtc)
            .Select(v => (DateTime?)v.StartUtc)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Hours as the domain sums them (<see cref="ConsumptionAggregator.ToHours"/>), from the values read as above.</summary>
    public async Task<List<HourValue>> ReadHoursAsync(int meteringPointKey, FlowDirection direction, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        ConsumptionAggregator.ToHours(await ReadAsync(meteringPointKey, direction, fromUtc, toUtc, cancellationToken));

    public async Task<List<ConsumptionBucket>> SumAsync(int meteringPointKey, FlowDirection direction, IReadOnlyList<DateTime> edges, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            var hours = await ReadHoursAsync(meteringPointKey, direction, edges[0], edges[^1], cancellationToken);
            return ConsumptionAggregator.Aggregate(hours, edges).Select(b => b with { PeakHour = null }).ToList();
        }

        return await SqliteHandle.UseAsync(db, connection => SumSqlite(connection, meteringPointKey, direction, edges), cancellationToken);
    }

    /// <summary>Through EF Core on every provider: streamed, the rows' cost is the writing of the file, not the reading.</summary>
    public IAsyncEnumerable<ExportValue> StreamAsync(int meteringPointKey, DateTime fromUtc, DateTime toUtc) =>
        db.MeterValues.AsNoTracking()
            .Where(v => v.MeteringPointKey == meteringPointKey && v.StartUtc >= fromUtc && v.StartUtc < toUtc)
            .OrderBy(v => v.Direction).ThenBy(v => v.StartUtc)
            .Select(v => new ExportValue(v.Direction, v.StartUtc, v.Resolution, v.QuantityWh, v.Status))
            .AsAsyncEnumerable();

    public async Task<IReadOnlyDictionary<int, long>> SumPerPointAsync(
        IReadOnlyCollection<int> meteringPointKeys, FlowDirection direction, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var sums = new Dictionary<int, long>(meteringPointKeys.Count);
        foreach (var key in meteringPointKeys)
        {
            if (await ReadDaysAsync(key, direction, from, to, cancellationToken) is { Count: > 0 } days)
            {
                sums[key] = days.Sum(d => d.Wh);
            }
        }

        return sums;
    }

    public async Task<List<MeterDaySum>> ReadDaysAsync(int meteringPointKey, FlowDirection direction, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return await db.MeterDaySums.AsNoTracking()
                .Where(d => d.MeteringPointKey == meteringPointKey && d.Direction == direction && d.Day >= from && d.Day < to)
                .OrderBy(d => d.Day)
                .ToListAsync(cancellationToken);
        }

        // SQLite's own statement, as for the values: a month's days through EF Core's query pipeline cost more than the
        // rest of the month so far (docs/performance.md).
        return await SqliteHandle.UseAsync(db, connection => MeterDaySumRows.Read(connection, meteringPointKey, direction, from, to), cancellationToken);
    }

    /// <summary>
    /// One EXISTS per point on the key (point, direction, start): no value is read. SQLite: one statement of its own,
    /// stepped once per point (the Forbruk page and the overview ask on every request; EF Core's query cost more).
    /// </summary>
    public async Task<IReadOnlySet<int>> WithSeriesAsync(IReadOnlyCollection<int> meteringPointKeys, FlowDirection direction, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return (await db.MeteringPoints
                .Where(m => meteringPointKeys.Contains(m.Id) && db.MeterValues.Any(v => v.MeteringPointKey == m.Id && v.Direction == direction))
                .Select(m => m.Id)
                .ToListAsync(cancellationToken)).ToHashSet();
        }

        if (meteringPointKeys.Count == 0)
        {
            return new HashSet<int>();
        }

        return await SqliteHandle.UseAsync(db, connection =>
        {
            SqliteResult.Check(connection, raw.sqlite3_prepare_v2(connection, Exists, out var statement));
            using (statement)
            {
                var found = new HashSet<int>();
                raw.sqlite3_bind_int(statement, 2, (int)direction);
                foreach (var key in meteringPointKeys)
                {
                    raw.sqlite3_bind_int(statement, 1, key);
                    var result = raw.sqlite3_step(statement);
                    if (result != raw.SQLITE_ROW)
                    {
                        SqliteResult.Check(connection, result);
                    }

                    if (raw.sqlite3_column_int(statement, 0) != 0)
                    {
                        found.Add(key);
                    }

                    raw.sqlite3_reset(statement);
                }

                return (IReadOnlySet<int>)found;
            }
        }, cancellationToken);
    }

    private static List<ConsumptionBucket> SumSqlite(sqlite3 connection, int meteringPointKey, FlowDirection direction, IReadOnlyList<DateTime> edges)
    {
        SqliteResult.Check(connection, raw.sqlite3_prepare_v2(connection, Sum, out var statement));
        using (statement)
        {
            var buckets = new List<ConsumptionBucket>(edges.Count - 1);
            raw.sqlite3_bind_int(statement, 1, meteringPointKey);
            raw.sqlite3_bind_int(statement, 2, (int)direction);
            for (var i = 0; i + 1 < edges.Count; i++)
            {
                raw.sqlite3_bind_int64(statement, 3, UnixSeconds.From(edges[i]));
                raw.sqlite3_bind_int64(statement, 4, UnixSeconds.From(edges[i + 1]));
                var result = raw.sqlite3_step(statement);
                if (result != raw.SQLITE_ROW)
                {
                    SqliteResult.Check(connection, result);
                }

                buckets.Add(new ConsumptionBucket(
                    edges[i],
                    edges[i + 1],
                    raw.sqlite3_column_int64(statement, 0),
                    raw.sqlite3_column_int(statement, 1),
                    raw.sqlite3_column_int(statement, 2),
                    raw.sqlite3_column_int(statement, 3),
                    null));
                raw.sqlite3_reset(statement);
            }

            return buckets;
        }
    }

    public void Dispose()
    {
        _select?.Dispose();
        _select = null;
        _selectConnection = null;
    }

    private static List<Reading> ReadSqlite(sqlite3 connection, sqlite3_stmt statement, int meteringPointKey, FlowDirection direction, DateTime fromUtc, DateTime toUtc)
    {
        raw.sqlite3_bind_int(statement, 1, meteringPointKey);
        raw.sqlite3_bind_int(statement, 2, (int)direction);
        raw.sqlite3_bind_int64(statement, 3, UnixSeconds.From(fromUtc));
        raw.sqlite3_bind_int64(statement, 4, UnixSeconds.From(toUtc));
        var readings = new List<Reading>((int)Math.Clamp((toUtc - fromUtc).TotalHours * 4, 0, 40_000));
        int result;
        while ((result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
        {
            readings.Add(new Reading(
                UnixSeconds.ToUtc(raw.sqlite3_column_int64(statement, 0)),
                (MeterResolution)raw.sqlite3_column_int(statement, 1),
                raw.sqlite3_column_int64(statement, 2),
                (MeterValueStatus)raw.sqlite3_column_int(statement, 3)));
        }

        SqliteResult.Check(connection, result);
        return readings;
    }

}
