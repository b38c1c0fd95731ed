using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using SQLitePCL;

namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>
/// The insert of meter values as statements of SQLite itself, inside the connection's open transaction. A run of up
/// to <see cref="MaxRows"/> values of one series (the import hands over a day at a time) is one statement with that
/// many rows, prepared once for each length and reused: SQLite then opens its cursor on the table and runs the
/// statement's set-up once per run instead of once per value, and the series is bound once per run. The values are bound by position through
/// <see cref="SqliteNative"/>; Microsoft.Data.Sqlite looks every parameter up by name and boxes every value, which
/// measured at about twice the cost per row (ADR 0008).
/// </summary>
internal sealed class MeterValueInsert(sqlite3 connection) : IDisposable
{
    /// <summary>Rows in one statement at most: 514 parameters, far below SQLite's limit of 32,766.</summary>
    public const int MaxRows = 128;

    /// <summary>The parameters of each row besides the series': start, resolution, quantity, status.</summary>
    private const int RowParameters = 4;

    private readonly sqlite3_stmt?[] _statements = new sqlite3_stmt?[MaxRows + 1];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs per value of an import, a few times per process
    public void Execute(int pointKey, FlowDirection direction, IReadOnlyList<Reading> values)
    {
        for (var offset = 0; offset < values.Count; offset += MaxRows)
        {
            var count = Math.Min(MaxRows, values.Count - offset);
            var statement = Statement(count);
            var handle = statement.DangerousGetHandle(); // owned by this object until Dispose
            // The series once (?1 and ?2 in every row), then each row's own four columns.
            var bound = SqliteNative.BindInt64(handle, 1, pointKey) | SqliteNative.BindInt64(handle, 2, (int)direction); // SQLITE_OK is 0
            var parameter = 3;
            for (var i = offset; i < offset + count; i++)
            {
                var value = values[i];
                bound |= SqliteNative.BindInt64(handle, parameter, UnixSeconds.From(value.StartUtc))
                    | SqliteNative.BindInt64(handle, parameter + 1, (int)value.Resolution)
                    | SqliteNative.BindInt64(handle, parameter + 2, value.Wh)
                    | SqliteNative.BindInt64(handle, parameter + 3, (int)value.Status);
                parameter += RowParameters;
            }

            if (bound != raw.SQLITE_OK)
            {
                throw new InvalidOperationException("SQLite refused a meter value's binding.");
            }

            var result = SqliteNative.Step(handle);
            _ = SqliteNative.Reset(handle); // returns the step's result again
            if (result != raw.SQLITE_DONE)
            {
                SqliteResult.Check(connection, result);
            }
        }
    }

    private sqlite3_stmt Statement(int rows)
    {
        if (_statements[rows] is { } prepared)
        {
            return prepared;
        }

        var sql = new StringBuilder("INSERT INTO MeterValues (MeteringPointKey, Direction, StartUtc, Resolution, QuantityWh, Status) VALUES ");
        for (var i = 0; i < rows; i++)
        {
            var p = 3 + (i * RowParameters);
            sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ",")}(?1,?2,?{p},?{p + 1},?{p + 2},?{p + 3})");
        }

        SqliteResult.Check(connection, raw.sqlite3_prepare_v2(connection, sql.ToString(), out var statement));
        return _statements[rows] = statement;
    }

    public void Dispose()
    {
        foreach (var statement in _statements)
        {
            statement?.Dispose();
        }
    }
}
