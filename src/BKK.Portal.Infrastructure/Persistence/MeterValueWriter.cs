using BKK.Portal.Application.Consumption;
using Microsoft.EntityFrameworkCore.Storage;

namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>The import's writes: a transaction with a <see cref="MeterValueStore"/> on it.</summary>
public sealed class MeterValueWriter(PortalDbContext db) : IMeterValueWriter
{
    public async Task<IMeterValueBatch> BeginAsync(CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            return new Batch(db, transaction, await MeterValueStore.OpenAsync(db, cancellationToken));
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    public async Task<long> DeleteAllOfAsync(IReadOnlyCollection<int> meteringPointKeys, CancellationToken cancellationToken) =>
        await db.MeterValues.Where(v => meteringPointKeys.Contains(v.MeteringPointKey)).ExecuteDeleteAsync(cancellationToken);

    private sealed class Batch(PortalDbContext db, IDbContextTransaction transaction, MeterValueStore store) : IMeterValueBatch
    {
        private IDbContextTransaction _transaction = transaction;

        public Task InsertAsync(int meteringPointKey, FlowDirection direction, IReadOnlyList<Reading> values, CancellationToken cancellationToken) =>
            store.InsertManyAsync(meteringPointKey, direction, values, cancellationToken);

        public Task UpdateAsync(MeterValue value, CancellationToken cancellationToken) => store.UpdateAsync(value, cancellationToken);

        public Task DeleteAsync(int meteringPointKey, FlowDirection direction, DateTime startUtc, CancellationToken cancellationToken) =>
            store.DeleteAsync(meteringPointKey, direction, startUtc, cancellationToken);

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await store.FlushAsync(cancellationToken);
            await _transaction.CommitAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            store.UseCurrentTransaction();
        }

        public async Task CompleteAsync(CancellationToken cancellationToken)
        {
            await store.FlushAsync(cancellationToken);
            await _transaction.CommitAsync(cancellationToken);
        }

        public async ValueTask DisposeAsync()
        {
            await store.DisposeAsync();
            await _transaction.DisposeAsync();
        }
    }
}
