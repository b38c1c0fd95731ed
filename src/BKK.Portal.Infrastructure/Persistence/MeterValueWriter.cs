using System.Runtime.CompilerServices;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Infrastructure.Consumption;
using BKK.Portal.Domain.Notifications;
using Microsoft.EntityFrameworkCore.Storage;

namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>
/// The import's writes: a transaction with a <see cref="MeterValueStore"/> on it. The day sums of every day the batch
/// wrote to are computed again before each commit, in the same transaction (<see cref="MeterDaySumWriter"/>), and the
/// consumption months of this month that changed get a <see cref="ConsumptionAlertCheck"/> in that transaction too,
/// for the capacity and consumption alerts.
/// </summary>
public sealed class MeterValueWriter(PortalDbContext db, MeterDaySumWriter? daySums = null, TimeProvider? clock = null) : IMeterValueWriter
{
    private readonly MeterDaySumWriter _daySums = daySums ?? new MeterDaySumWriter(db);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<IMeterValueBatch> BeginAsync(CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            return new Batch(db, transaction, await MeterValueStore.OpenAsync(db, cancellationToken), _daySums, _clock);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    public async Task<long> DeleteAllOfAsync(IReadOnlyCollection<int> meteringPointKeys, CancellationToken cancellationToken)
    {
        await db.MeterDaySums.Where(d => meteringPointKeys.Contains(d.MeteringPointKey)).ExecuteDeleteAsync(cancellationToken);
        return await db.MeterValues.Where(v => meteringPointKeys.Contains(v.MeteringPointKey)).ExecuteDeleteAsync(cancellationToken);
    }

    private sealed class Batch(PortalDbContext db, IDbContextTransaction transaction, MeterValueStore store, MeterDaySumWriter daySums, TimeProvider clock) : IMeterValueBatch
    {
        // The days written to: those that got new values (with the values) and those with a value replaced or removed.
        private readonly HashSet<(int, FlowDirection, DateOnly)> _changed = [];
        private readonly Dictionary<(int, FlowDirection, DateOnly), List<Reading>> _inserted = [];
        private readonly MeterDaySumsAhead _ahead = daySums.Ahead();
        private IDbContextTransaction _transaction = transaction;

        public async Task InsertAsync(int meteringPointKey, FlowDirection direction, IReadOnlyList<Reading> values, CancellationToken cancellationToken)
        {
            var newDays = AddToDays(meteringPointKey, direction, values);

            // The sums of a day that got its first values now are started on another core before the values are
            // written; a day with values changed or removed is summed from the stored values at the commit.
            foreach (var day in newDays ?? [])
            {
                if (!_changed.Contains(day) && _inserted[day] is var dayValues && IsInOrder(dayValues))
                {
                    await _ahead.StartAsync(day.Item1, day.Item2, day.Item3, dayValues.ToArray(), cancellationToken);
                }
            }

            await store.InsertManyAsync(meteringPointKey, direction, values, cancellationToken);
        }

        /// <summary>
        /// Adds the values to the days they fall in, and gives the days that got their first values now. The day is found
        /// again only when a value falls outside the last one's, not for every value (a time-zone conversion each): the
        /// import hands over a day at a time. Runs per value of an import, a few times per process: compiled fully
        /// optimised at once.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private List<(int, FlowDirection, DateOnly)>? AddToDays(int meteringPointKey, FlowDirection direction, IReadOnlyList<Reading> values)
        {
            List<Reading>? list = null;
            List<(int, FlowDirection, DateOnly)>? newDays = null;
            DateTime dayStartUtc = default, dayEndUtc = default;
            foreach (var value in values)
            {
                if (list is null || value.StartUtc < dayStartUtc || value.StartUtc >= dayEndUtc)
                {
                    var day = Day(meteringPointKey, direction, value.StartUtc);
                    (dayStartUtc, dayEndUtc) = (OsloTime.ToUtc(day.Item3), OsloTime.ToUtc(day.Item3.AddDays(1)));
                    if (!_inserted.TryGetValue(day, out list))
                    {
                        _inserted[day] = list = [];
                        (newDays ??= []).Add(day);
                    }
                    else
                    {
                        _ahead.Forget(day.Item1, day.Item2, day.Item3); // more values for a day already started
                    }
                }

                list.Add(value);
            }

            return newDays;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private static bool IsInOrder(List<Reading> values)
        {
            for (var i = 1; i < values.Count; i++)
            {
                if (values[i].StartUtc <= values[i - 1].StartUtc)
                {
                    return false;
                }
            }

            return true;
        }

        public Task UpdateAsync(MeterValue value, CancellationToken cancellationToken)
        {
            _changed.Add(Day(value.MeteringPointKey, value.Direction, value.StartUtc));
            return store.UpdateAsync(value, cancellationToken);
        }

        public Task DeleteAsync(int meteringPointKey, FlowDirection direction, DateTime startUtc, CancellationToken cancellationToken)
        {
            _changed.Add(Day(meteringPointKey, direction, startUtc));
            return store.DeleteAsync(meteringPointKey, direction, startUtc, cancellationToken);
        }

        private static (int, FlowDirection, DateOnly) Day(int meteringPointKey, FlowDirection direction, DateTime startUtc) =>
            (meteringPointKey, direction, OsloTime.LocalDate(startUtc));

        /// <summary>
        /// The values written so far, then the day sums of their days, still in the transaction; a day that only got new
        /// values is summed from them if it had none before, taking the sums started ahead when there are some (<see cref="MeterDaySumWriter.RefreshAsync(IEnumerable{ValueTuple{int, FlowDirection, DateOnly}}, IReadOnlyDictionary{ValueTuple{int, FlowDirection, DateOnly}, List{Reading}}, MeterDaySumsAhead?, CancellationToken)"/>).
        /// </summary>
        private async Task FlushAsync(CancellationToken cancellationToken)
        {
            await store.FlushAsync(cancellationToken);
            var days = _inserted.Keys.Union(_changed).ToList();
            foreach (var day in _changed)
            {
                _inserted.Remove(day);
            }

            await daySums.RefreshAsync(days, _inserted, _ahead, cancellationToken);
            _ahead.Clear();
            await CheckAlertsAsync(days, cancellationToken);
            _changed.Clear();
            _inserted.Clear();
        }

        /// <summary>A check for each metering point whose consumption this month changed (older months raise no alerts).</summary>
        private async Task CheckAlertsAsync(List<(int, FlowDirection, DateOnly)> days, CancellationToken cancellationToken)
        {
            var today = OsloTime.Today(clock);
            var month = new DateOnly(today.Year, today.Month, 1);
            var points = days.Where(d => d.Item2 == FlowDirection.Consumption && d.Item3 >= month).Select(d => d.Item1).Distinct().ToList();
            if (points.Count == 0)
            {
                return;
            }

            var waiting = await db.ConsumptionAlertChecks.Where(c => c.Month == month && points.Contains(c.MeteringPointKey)).Select(c => c.MeteringPointKey).ToListAsync(cancellationToken);
            var checks = points.Except(waiting).Select(p => new ConsumptionAlertCheck(p, month)).ToList();
            db.ConsumptionAlertChecks.AddRange(checks);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var check in checks)
            {
                db.Entry(check).State = EntityState.Detached;
            }
        }

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await FlushAsync(cancellationToken);
            await _transaction.CommitAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            store.UseCurrentTransaction();
        }

        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            await FlushAsync(cancellationToken);
            await _transaction.CommitAsync(cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            await store.DisposeAsync();
            await _transaction.DisposeAsync();
        }
    }
}
