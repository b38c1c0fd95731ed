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
