using BKK.Portal.Application.Consumption;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Infrastructure.Prices;

namespace BKK.Portal.Infrastructure.Consumption;

/// <summary>
/// Writes the day sums (<see cref="MeterDaySum"/>) of a series' days from the stored values and prices, in the caller's
/// transaction when one is open: <see cref="MeterValueWriter"/> for the days an import touched, before it commits;
/// <see cref="SpotPriceWriter"/> marks the days whose prices it changed, and <see cref="RefreshChangedPricesAsync"/>
/// computes them again. Without <paramref name="support"/> (some tests and benchmarks) no strømstøtte threshold is
/// stored, and a home's month with strømstøtte is then billed from its values.
/// </summary>
public sealed class MeterDaySumWriter(PortalDbContext db, PriceSupportRules? support = null) : IMeterDaySums
{
    /// <summary>Computes the given days of each series again (a day without values loses its sums).</summary>
    public Task<int> RefreshAsync(IEnumerable<(int MeteringPointKey, FlowDirection Direction, DateOnly Day)> days, CancellationToken cancellationToken) =>
        RefreshAsync(days, new Dictionary<(int, FlowDirection, DateOnly), List<Reading>>(), cancellationToken);

    /// <summary>
    /// The same, where <paramref name="inserted"/> holds the values a batch inserted into days it changed no other way:
    /// a day among them that had no sums had no values before (every day with values has its sums), so its sums are
    /// made from these values without reading them back (a third of the import's time otherwise).
    /// </summary>
    public Task<int> RefreshAsync(
        IEnumerable<(int MeteringPointKey, FlowDirection Direction, DateOnly Day)> days,
        IReadOnlyDictionary<(int, FlowDirection, DateOnly), List<Reading>> inserted,
        CancellationToken cancellationToken) =>
        RefreshAsync(days, inserted, null, cancellationToken);

    /// <summary>The same, taking the sums of such a day from <paramref name="ahead"/> when they were started there.</summary>
    public async Task<int> RefreshAsync(
        IEnumerable<(int MeteringPointKey, FlowDirection Direction, DateOnly Day)> days,
        IReadOnlyDictionary<(int, FlowDirection, DateOnly), List<Reading>> inserted,
        MeterDaySumsAhead? ahead,
        CancellationToken cancellationToken)
    {
        var count = 0;
        using var readings = new MeterReadings(db);
        foreach (var series in days.GroupBy(d => (d.MeteringPointKey, d.Direction)))
        {
            var (key, direction) = series.Key;
            var area = await db.MeteringPoints.Where(m => m.Id == key).Select(m => m.PriceArea).SingleAsync(cancellationToken);
            var toRead = series.Select(d => d.Day).ToHashSet();
            var onlyInserted = toRead.Where(d => inserted.ContainsKey((key, direction, d))).Order().ToList();
            if (onlyInserted.Count > 0)
            {
                var (first, last) = (onlyInserted[0], onlyInserted[^1]);
                var hadSums = (await db.MeterDaySums.AsNoTracking()
                    .Where(d => d.MeteringPointKey == key && d.Direction == direction && d.Day >= first && d.Day <= last)
                    .Select(d => d.Day).ToListAsync(cancellationToken)).ToHashSet();
                var newDays = onlyInserted.Where(d => !hadSums.Contains(d)).ToList();
                var sums = new List<MeterDaySum>();
                var toSum = new List<DateOnly>();
                foreach (var day in newDays)
                {
                    if (ahead?.Take(key, direction, day) is { } started)
                    {
                        sums.AddRange(await started);
                    }
                    else
                    {
                        toSum.Add(day);
                    }
                }

                if (toSum.Count > 0)
                {
                    var values = toSum.SelectMany(d => inserted[(key, direction, d)].OrderBy(v => v.StartUtc)).ToList();
                    var prices = await new SpotPriceReader(db).ReadAsync(area, OsloTime.ToUtc(toSum[0]), OsloTime.ToUtc(toSum[^1].AddDays(1)), cancellationToken);
                    sums.AddRange(MeterDaySum.Of(key, direction, area, values, prices, Threshold));
                }

                if (sums.Count > 0)
                {
                    sums.Sort((a, b) => a.Day.CompareTo(b.Day));
                    count += await WriteAsync(sums, cancellationToken);
                    toRead.ExceptWith(newDays);
                }
            }

            foreach (var (from, to) in Runs(toRead))
            {
                var fromUtc = OsloTime.ToUtc(from);
                var toUtc = OsloTime.ToUtc(to);
                var values = await readings.ReadAsync(key, direction, fromUtc, toUtc, cancellationToken);
                var prices = await new SpotPriceReader(db).ReadAsync(area, fromUtc, toUtc, cancellationToken);
                await db.MeterDaySums.Where(d => d.MeteringPointKey == key && d.Direction == direction && d.Day >= from && d.Day < to).ExecuteDeleteAsync(cancellationToken);
                count += await WriteAsync(MeterDaySum.Of(key, direction, area, values, prices, Threshold), cancellationToken);
            }
        }

        return count;
    }

    private decimal? Threshold(DateOnly month) => support?.StromstotteFor(month)?.ThresholdNokPerKwh;

    /// <summary>For a batch of writes: day sums computed on another core as the values are inserted (<see cref="MeterDaySumsAhead"/>).</summary>
    public MeterDaySumsAhead Ahead() => new(db, Threshold);

    private async Task<int> WriteAsync(List<MeterDaySum> sums, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            return await SqliteHandle.UseAsync(db, connection => MeterDaySumRows.Write(connection, sums), cancellationToken);
        }

        db.MeterDaySums.AddRange(sums);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var sum in sums)
        {
            db.Entry(sum).State = EntityState.Detached;
        }

        return sums.Count;
    }

    public async Task<int> RefreshChangedPricesAsync(CancellationToken cancellationToken)
    {
        var changed = await db.MeterDaySums.AsNoTracking().Where(d => d.PricesChanged)
            .Select(d => new { d.MeteringPointKey, d.Direction, d.Day })
            .ToListAsync(cancellationToken);
        return changed.Count == 0 ? 0 : await InTransactionAsync(() => RefreshAsync(changed.Select(d => (d.MeteringPointKey, d.Direction, d.Day)), cancellationToken), cancellationToken);
    }

    public async Task<int> RebuildAsync(CancellationToken cancellationToken)
    {
        var series = await db.MeterValues.AsNoTracking()
            .GroupBy(v => new { v.MeteringPointKey, v.Direction })
            .Select(g => new { g.Key.MeteringPointKey, g.Key.Direction, First = g.Min(v => v.StartUtc), Last = g.Max(v => v.StartUtc) })
            .ToListAsync(cancellationToken);
        var count = 0;
        foreach (var one in series)
        {
            // One transaction per series: the whole database's values never sit in memory or in one transaction.
            var first = OsloTime.LocalDate(one.First);
            var days = Enumerable.Range(0, OsloTime.LocalDate(one.Last).DayNumber - first.DayNumber + 1).Select(i => (one.MeteringPointKey, one.Direction, first.AddDays(i)));
            count += await InTransactionAsync(async () =>
            {
                await db.MeterDaySums.Where(d => d.MeteringPointKey == one.MeteringPointKey && d.Direction == one.Direction).ExecuteDeleteAsync(cancellationToken);
                return await RefreshAsync(days, cancellationToken);
            }, cancellationToken);
        }

        return count;
    }

    /// <summary>In the transaction that is open, or in one of its own.</summary>
    private async Task<int> InTransactionAsync(Func<Task<int>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var count = await work();
            await transaction.CommitAsync(cancellationToken);
            return count;
        });
    }

    /// <summary>Marks the day sums of <paramref name="area"/> over [fromUtc, toUtc) as made with other prices (the price writer's transaction).</summary>
    public static Task<int> MarkPricesChangedAsync(PortalDbContext db, PriceArea area, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var from = OsloTime.LocalDate(fromUtc);
        var last = OsloTime.LocalDate(toUtc.AddTicks(-1));
        return db.MeterDaySums.Where(d => d.PriceArea == area && d.Day >= from && d.Day <= last && !d.PricesChanged)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.PricesChanged, true), cancellationToken);
    }

    /// <summary>The days as runs of consecutive days, each [from, to).</summary>
    private static IEnumerable<(DateOnly From, DateOnly To)> Runs(IEnumerable<DateOnly> days)
    {
        DateOnly? from = null, last = null;
        foreach (var day in days.Distinct().Order())
        {
            if (last is { } l && day == l.AddDays(1))
            {
                last = day;
                continue;
            }

            if (from is { } f)
            {
                yield return (f, last!.Value.AddDays(1));
            }

            from = last = day;
        }

        if (from is { } start)
        {
            yield return (start, last!.Value.AddDays(1));
        }
    }
}
