using BKK.Portal.Application.Consumption;
using BKK.Portal.Infrastructure.Consumption;
using Microsoft.EntityFrameworkCore.Storage;

namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>
/// The import's writes: a transaction with a <see cref="MeterValueStore"/> on it. The day sums of every day the batch
/// wrote to are computed again before each commit, in the same transaction (<see cref="MeterDaySumWriter"/>).
/// </summary>
public sealed class MeterValueWriter(PortalDbContext db, MeterDaySumWriter? daySums = null) : IMeterValueWriter
{
    private readonly MeterDaySumWriter _daySums = daySums ?? new MeterDaySumWriter(db);

    public async Task<IMeterValueBatch> BeginAsync(CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            return new Batch(db, transaction, await MeterValueStore.OpenAsync(db, cancellationToken), _daySums);
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

    private sealed class Batch(PortalDbContext db, IDbContextTransaction transaction, MeterValueStore store, MeterDaySumWriter daySums) : IMeterValueBatch
    {
        private readonly HashSet<(int, FlowDirection, DateOnly)> _days = [];
        private IDbContextTransaction _transaction = transaction;

        public Task InsertAsync(int meteringPointKey, FlowDirection direction, IReadOnlyList<Reading> values, CancellationToken cancellationToken)
        {
            foreach (var value in values)
            {
                Touch(meteringPointKey, direction, value.StartUtc);
            }

            return store.InsertManyAsync(meteringPointKey, direction, values, cancellationToken);
        }

        public Task UpdateAsync(MeterValue value, CancellationToken cancellationToken)
        {
            Touch(value.MeteringPointKey, value.Direction, value.StartUtc);
            return store.UpdateAsync(value, cancellationToken);
        }

        public Task DeleteAsync(int meteringPointKey, FlowDirection direction, DateTime startUtc, CancellationToken cancellationToken)
        {
            Touch(meteringPointKey, direction, startUtc);
            return store.DeleteAsync(meteringPointKey, direction, startUtc, cancellationToken);
        }

        private void Touch(int meteringPointKey, FlowDirection direction, DateTime startUtc) =>
            _days.Add((meteringPointKey, direction, OsloTime.LocalDate(startUtc)));

        /// <summary>The values written so far, then the day sums of their days, still in the transaction.</summary>
        private async Task FlushAsync(CancellationToken cancellationToken)
        {
            await store.FlushAsync(cancellationToken);
            await daySums.RefreshAsync(_days, cancellationToken);
            _days.Clear();
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
