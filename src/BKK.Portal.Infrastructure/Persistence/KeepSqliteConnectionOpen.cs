using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>
/// SQLite: a context opens its connection once and keeps it for as long as the context serves one request or job,
/// instead of opening and closing it around every query. When the context is disposed, or the context pool takes it
/// back and resets it, EF Core disposes the connection, which returns it to SQLite's own pool; the next request opens
/// one from there. Each open of a pooled SQLite connection registers EF Core's SQL functions again, and every
/// registration leaves finalizable handles behind: about fifteen opens per overview request kept the finalizer thread
/// busy and the pool's lock contended (docs/performance.md). Not used with SQL Server, whose pool is cheap and whose
/// connections are a shared server resource.
/// </summary>
public sealed class KeepSqliteConnectionOpen : DbConnectionInterceptor
{
    public static readonly KeepSqliteConnectionOpen Instance = new();

    private KeepSqliteConnectionOpen()
    {
    }

    /// <summary>
    /// SQLite's own busy handler, for up to <see cref="BusyTimeoutMs"/>: a write that finds the file locked by another
    /// request's write waits inside SQLite instead of failing at once with "database is locked" (a 503). Concurrent
    /// writers (chat messages from many connections) otherwise meet that as soon as two land together.
    /// </summary>
    public const int BusyTimeoutMs = 5000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => SetBusyTimeout(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SetBusyTimeout(connection);
        return Task.CompletedTask;
    }

    private static void SetBusyTimeout(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMs};";
        command.ExecuteNonQuery();
    }

    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(InterceptionResult.Suppress());
}
