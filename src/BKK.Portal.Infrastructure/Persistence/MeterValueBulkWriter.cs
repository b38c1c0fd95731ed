using BKK.Portal.Domain.Consumption;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>
/// Inserts many meter values fast, inside the caller's transaction. SQLite gets one prepared
/// statement reused for every row (hundreds of thousands of rows a second); other providers
/// go through EF Core in batches.
/// </summary>
public static class MeterValueBulkWriter
{
    public static async Task<long> WriteAsync(PortalDbContext db, IEnumerable<MeterValue> values, CancellationToken cancellationToken)
    {
        return db.Database.IsSqlite()
            ? await WriteSqliteAsync(db, values, cancellationToken)
            : await WriteWithEfAsync(db, values, cancellationToken);
    }

    private static async Task<long> WriteSqliteAsync(PortalDbContext db, IEnumerable<MeterValue> values, CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            "INSERT INTO MeterValues (MeteringPointKey, StartUtc, Resolution, QuantityWh, Status) VALUES ($p, $s, $r, $q, $st)";
        var p = command.Parameters.Add("$p", SqliteType.Integer);
        var s = command.Parameters.Add("$s", SqliteType.Text);
        var r = command.Parameters.Add("$r", SqliteType.Integer);
        var q = command.Parameters.Add("$q", SqliteType.Integer);
        var st = command.Parameters.Add("$st", SqliteType.Integer);
        await command.PrepareAsync(cancellationToken);

        long count = 0;
        foreach (var value in values)
        {
            p.Value = value.MeteringPointKey;
            s.Value = value.StartUtc; // formatted exactly as EF Core's SQLite provider stores DateTime
            r.Value = (int)value.Resolution;
            q.Value = value.QuantityWh;
            st.Value = (int)value.Status;
            await command.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }

        return count;
    }

    private static async Task<long> WriteWithEfAsync(PortalDbContext db, IEnumerable<MeterValue> values, CancellationToken cancellationToken)
    {
        long count = 0;
        foreach (var chunk in values.Chunk(5000))
        {
            db.MeterValues.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            count += chunk.Length;
        }

        return count;
    }
}
