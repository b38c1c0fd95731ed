using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>The result codes of SQLite's own API (used where the hot paths bypass ADO.NET), as exceptions.</summary>
internal static class SqliteResult
{
    public static void Check(sqlite3 connection, int result)
    {
        if (result is not (raw.SQLITE_OK or raw.SQLITE_DONE))
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection).utf8_to_string(), result);
        }
    }
}

/// <summary>SQLite's own connection handle under a context, for the hot paths that bypass ADO.NET.</summary>
internal static class SqliteHandle
{
    /// <summary>Opens the context's connection (or joins it, when open), runs <paramref name="work"/> on its handle and closes it again.</summary>
    public static async Task<T> UseAsync<T>(PortalDbContext db, Func<sqlite3, T> work, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return work(((SqliteConnection)db.Database.GetDbConnection()).Handle!);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
