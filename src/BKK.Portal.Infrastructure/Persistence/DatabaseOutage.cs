namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>Which errors mean "cannot use the database" (an outage: 503, try again) rather than a bug (500).</summary>
public static class DatabaseOutage
{
    /// <summary>
    /// The database cannot be reached (gone, closed, timing out, busy): the portal answers 503 and tries again
    /// at the next request. A constraint violation or a bad statement is a bug, not an outage: that stays a 500.
    /// </summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var outage = e switch
            {
                Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteIoError or SqliteCantOpen or SqliteNotADatabase,
                Microsoft.Data.SqlClient.SqlException sql => sql.IsTransient || SqlServerUnreachable.Contains(sql.Number),
                TimeoutException => true,
                _ => e.GetType().Name == "RetryLimitExceededException",
            };
            if (outage)
            {
                return true;
            }
        }

        return false;
    }

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteIoError = 10;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    /// <summary>SQL Server errors of a server that cannot be reached or a database that is not there.</summary>
    private static readonly HashSet<int> SqlServerUnreachable = [-2, 2, 53, 64, 233, 4060, 10053, 10054, 10060, 10061, 11001, 40613];
}
