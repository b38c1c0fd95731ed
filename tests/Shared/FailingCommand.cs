using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BKK.Portal.Tests.Shared;

/// <summary>
/// A database that fails, while <see cref="On"/>, every statement starting as <paramref name="statement"/>
/// (<c>DELETE FROM "MeterValues"</c>) from the <paramref name="fromNth"/>-th one on, with the I/O error
/// SQLite gives when its file goes away: a crash or outage in the middle of a write.
/// </summary>
public sealed class FailingCommand(string statement, int fromNth = 1) : DbCommandInterceptor
{
    private int _seen;

    public bool On { get; set; } = true;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Fail(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Fail(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Fail(DbCommand command)
    {
        if (On && command.CommandText.Contains(statement, StringComparison.Ordinal) && ++_seen >= fromNth)
        {
            throw new SqliteException($"simulated: the database failed at {statement} #{_seen}", 10);
        }
    }
}
