using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>
/// Writes meter values in bulk inside the caller's transaction (demo seeding, and the import through
/// <see cref="MeterValueWriter"/>); they are read through <see cref="Consumption.MeterReadings"/> only.
/// SQLite gets prepared statements reused for every row, hundreds of thousands of rows a second;
/// other providers go through EF Core, with additions saved in batches.
/// </summary>
internal sealed class MeterValueStore : IAsyncDisposable
{
    private const int EfBatch = 5000;

    private readonly PortalDbContext _db;
    private readonly MeterValueInsert? _insert;
    private readonly SqliteCommand? _update;
    private readonly SqliteCommand? _delete;
    private int _pendingAdds;

    private readonly bool _sqlite;

    private MeterValueStore(PortalDbContext db, bool sqlite)
    {
        _db = db;
        _sqlite = sqlite;
        if (sqlite)
        {
            _insert = new MeterValueInsert(((SqliteConnection)db.Database.GetDbConnection()).Handle!);
            _update = Command("UPDATE MeterValues SET Resolution = $r, QuantityWh = $q, Status = $st WHERE MeteringPointKey = $p AND Direction = $d AND StartUtc = $s", "$p", "$d", "$s", "$r", "$q", "$st");
            _delete = Command("DELETE FROM MeterValues WHERE MeteringPointKey = $p AND Direction = $d AND StartUtc = $s", "$p", "$d", "$s");
        }
    }

    /// <summary>Opens the store on the context's connection; begin the transaction first.</summary>
    public static async Task<MeterValueStore> OpenAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        return new MeterValueStore(db, sqlite);
    }

    public async Task InsertAsync(MeterValue value, CancellationToken cancellationToken)
    {
        if (_insert is null)
        {
            _db.MeterValues.Add(value);
            if (++_pendingAdds >= EfBatch)
            {
                await FlushAsync(cancellationToken);
            }

            return;
        }

        _insert.Execute(value.MeteringPointKey, value.Direction, [new Reading(value.StartUtc, value.Resolution, value.QuantityWh, value.Status)]);
    }

    /// <summary>Inserts values of one series (the import's new values of a day).</summary>
    public async Task InsertManyAsync(int pointKey, FlowDirection direction, IReadOnlyList<Reading> values, CancellationToken cancellationToken)
    {
        if (_insert is null)
        {
            foreach (var v in values)
            {
                await InsertAsync(new MeterValue(pointKey, v.StartUtc, v.Resolution, v.Wh, v.Status, direction), cancellationToken);
            }

            return;
        }

        _insert.Execute(pointKey, direction, values);
    }

    public async Task UpdateAsync(MeterValue value, CancellationToken cancellationToken)
    {
        if (_update is null)
        {
            await _db.MeterValues
                .Where(v => v.MeteringPointKey == value.MeteringPointKey && v.Direction == value.Direction && v.StartUtc == value.StartUtc)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(v => v.Resolution, value.Resolution)
                    .SetProperty(v => v.QuantityWh, value.QuantityWh)
                    .SetProperty(v => v.Status, value.Status), cancellationToken);
            return;
        }

        Bind(_update, value.MeteringPointKey, value.Direction, value.StartUtc);
        BindValue(_update, value.Resolution, value.QuantityWh, value.Status);
        _update.ExecuteNonQuery();
    }

    public async Task DeleteAsync(int pointKey, FlowDirection direction, DateTime startUtc, CancellationToken cancellationToken)
    {
        if (_delete is null)
        {
            await _db.MeterValues
                .Where(v => v.MeteringPointKey == pointKey && v.Direction == direction && v.StartUtc == startUtc)
                .ExecuteDeleteAsync(cancellationToken);
            return;
        }

        Bind(_delete, pointKey, direction, startUtc);
        _delete.ExecuteNonQuery();
    }

    /// <summary>Saves what EF Core still holds; call before committing the transaction.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pendingAdds > 0)
        {
            await _db.SaveChangesAsync(cancellationToken);
            _db.ChangeTracker.Clear();
            _pendingAdds = 0;
        }
    }

    /// <summary>The open transaction changed (a commit and a new one): the prepared statements follow it.</summary>
    public void UseCurrentTransaction()
    {
        var transaction = (SqliteTransaction?)_db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var command in new[] { _update, _delete })
        {
            command?.Transaction = transaction;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisposeCommandsAsync();
        if (_sqlite)
        {
            await _db.Database.CloseConnectionAsync();
        }
    }

    private async ValueTask DisposeCommandsAsync()
    {
        _insert?.Dispose();
        foreach (var command in new[] { _update, _delete })
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = ((SqliteConnection)_db.Database.GetDbConnection()).CreateCommand();
        command.Transaction = (SqliteTransaction?)_db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(name, SqliteType.Integer);
        }

        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, int pointKey, FlowDirection direction, DateTime startUtc)
    {
        command.Parameters["$p"].Value = pointKey;
        command.Parameters["$d"].Value = (int)direction;
        command.Parameters["$s"].Value = UnixSeconds.From(startUtc);
    }

    private static void BindValue(SqliteCommand command, MeterResolution resolution, long wh, MeterValueStatus status)
    {
        command.Parameters["$r"].Value = (int)resolution;
        command.Parameters["$q"].Value = wh;
        command.Parameters["$st"].Value = (int)status;
    }
}
