using System.Globalization;
using BKK.Portal.Infrastructure.Persistence;
using SQLitePCL;

namespace BKK.Portal.Infrastructure.Consumption;

/// <summary>
/// Reads and writes day sums in SQLite with its own statements, column by column, in the formats EF Core writes them (a date as
/// <c>yyyy-MM-dd</c> text, a decimal as invariant text, an instant as Unix seconds: <see cref="PortalDbContext"/>).
/// The tests of <see cref="MeterDaySumWriter"/> compare what is read back with the sums computed from the values.
/// </summary>
internal static class MeterDaySumRows
{
    private const string Select = """
        SELECT Day, PriceArea, DayRateWh, NightRateWh, "Values", Estimated, Missing, ThroughUtc,
               PeakHourStartUtc, PeakHourWh, PeakHourEstimated, PeakPowerStartUtc, PeakPowerWh, PeakPowerEstimated,
               PricedKwh, SpotNok, StromstotteThresholdNokPerKwh, AboveThresholdNok, PricesChanged
        FROM MeterDaySums WHERE MeteringPointKey = ?1 AND Direction = ?2 AND Day >= ?3 AND Day < ?4 ORDER BY Day
        """;

    public static List<MeterDaySum> Read(sqlite3 connection, int meteringPointKey, FlowDirection direction, DateOnly from, DateOnly to)
    {
        SqliteResult.Check(connection, raw.sqlite3_prepare_v2(connection, Select, out var statement));
        using (statement)
        {
            raw.sqlite3_bind_int(statement, 1, meteringPointKey);
            raw.sqlite3_bind_int(statement, 2, (int)direction);
            raw.sqlite3_bind_text(statement, 3, Date(from));
            raw.sqlite3_bind_text(statement, 4, Date(to));
            var days = new List<MeterDaySum>(Math.Clamp(to.DayNumber - from.DayNumber, 0, 400));
            var row = statement.DangerousGetHandle(); // the numbers through SqliteNative: the page reads about 60 rows of 19 columns
            int result;
            while ((result = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                days.Add(new MeterDaySum
                {
                    MeteringPointKey = meteringPointKey,
                    Direction = direction,
                    Day = Day(raw.sqlite3_column_blob(statement, 0)),
                    PriceArea = (PriceArea)SqliteNative.ColumnInt64(row, 1),
                    DayRateWh = SqliteNative.ColumnInt64(row, 2),
                    NightRateWh = SqliteNative.ColumnInt64(row, 3),
                    Values = (int)SqliteNative.ColumnInt64(row, 4),
                    Estimated = (int)SqliteNative.ColumnInt64(row, 5),
                    Missing = (int)SqliteNative.ColumnInt64(row, 6),
                    ThroughUtc = UnixSeconds.ToUtc(SqliteNative.ColumnInt64(row, 7)),
                    PeakHourStartUtc = UnixSeconds.ToUtc(SqliteNative.ColumnInt64(row, 8)),
                    PeakHourWh = SqliteNative.ColumnInt64(row, 9),
                    PeakHourEstimated = (int)SqliteNative.ColumnInt64(row, 10),
                    PeakPowerStartUtc = UnixSeconds.ToUtc(SqliteNative.ColumnInt64(row, 11)),
                    PeakPowerWh = SqliteNative.ColumnInt64(row, 12),
                    PeakPowerEstimated = (int)SqliteNative.ColumnInt64(row, 13),
                    PricedKwh = Decimal(statement, 14)!.Value,
                    SpotNok = Decimal(statement, 15)!.Value,
                    StromstotteThresholdNokPerKwh = Decimal(statement, 16),
                    AboveThresholdNok = Decimal(statement, 17)!.Value,
                    PricesChanged = SqliteNative.ColumnInt64(row, 18) != 0,
                });
            }

            SqliteResult.Check(connection, result);
            return days;
        }
    }

    private const string Insert = """
        INSERT INTO MeterDaySums (MeteringPointKey, Direction, Day, PriceArea, DayRateWh, NightRateWh, "Values", Estimated, Missing, ThroughUtc,
               PeakHourStartUtc, PeakHourWh, PeakHourEstimated, PeakPowerStartUtc, PeakPowerWh, PeakPowerEstimated,
               PricedKwh, SpotNok, StromstotteThresholdNokPerKwh, AboveThresholdNok, PricesChanged)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)
        """;

    /// <summary>Inserts the sums with one prepared statement (EF Core's change tracker took over a second for a 3-year import's 7,700 days).</summary>
    /// <returns>How many were written.</returns>
    public static int Write(sqlite3 connection, IReadOnlyList<MeterDaySum> days)
    {
        SqliteResult.Check(connection, raw.sqlite3_prepare_v2(connection, Insert, out var statement));
        using (statement)
        {
            foreach (var day in days)
            {
                raw.sqlite3_bind_int(statement, 1, day.MeteringPointKey);
                raw.sqlite3_bind_int(statement, 2, (int)day.Direction);
                raw.sqlite3_bind_text(statement, 3, Date(day.Day));
                raw.sqlite3_bind_int(statement, 4, (int)day.PriceArea);
                raw.sqlite3_bind_int64(statement, 5, day.DayRateWh);
                raw.sqlite3_bind_int64(statement, 6, day.NightRateWh);
                raw.sqlite3_bind_int(statement, 7, day.Values);
                raw.sqlite3_bind_int(statement, 8, day.Estimated);
                raw.sqlite3_bind_int(statement, 9, day.Missing);
                raw.sqlite3_bind_int64(statement, 10, UnixSeconds.From(day.ThroughUtc));
                raw.sqlite3_bind_int64(statement, 11, UnixSeconds.From(day.PeakHourStartUtc));
                raw.sqlite3_bind_int64(statement, 12, day.PeakHourWh);
                raw.sqlite3_bind_int(statement, 13, day.PeakHourEstimated);
                raw.sqlite3_bind_int64(statement, 14, UnixSeconds.From(day.PeakPowerStartUtc));
                raw.sqlite3_bind_int64(statement, 15, day.PeakPowerWh);
                raw.sqlite3_bind_int(statement, 16, day.PeakPowerEstimated);
                raw.sqlite3_bind_text(statement, 17, Text(day.PricedKwh));
                raw.sqlite3_bind_text(statement, 18, Text(day.SpotNok));
                if (day.StromstotteThresholdNokPerKwh is { } threshold)
                {
                    raw.sqlite3_bind_text(statement, 19, Text(threshold));
                }
                else
                {
                    raw.sqlite3_bind_null(statement, 19);
                }

                raw.sqlite3_bind_text(statement, 20, Text(day.AboveThresholdNok));
                raw.sqlite3_bind_int(statement, 21, day.PricesChanged ? 1 : 0);
                var result = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (result != raw.SQLITE_DONE)
                {
                    SqliteResult.Check(connection, result);
                }
            }

            return days.Count;
        }
    }

    /// <summary>A decimal as EF Core's SQLite provider writes it.</summary>
    private static string Text(decimal value) => value.ToString("0.0###########################", CultureInfo.InvariantCulture);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A decimal as EF Core's SQLite provider writes it (invariant text), parsed from SQLite's own bytes.</summary>
    private static decimal? Decimal(sqlite3_stmt statement, int column) =>
        raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL
            ? null
            : decimal.Parse(raw.sqlite3_column_blob(statement, column), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>A day as EF Core writes it, <c>yyyy-MM-dd</c>, from SQLite's own bytes.</summary>
    private static DateOnly Day(ReadOnlySpan<byte> text) =>
        text.Length == 10 && text[4] == (byte)'-' && text[7] == (byte)'-'
            ? new DateOnly(Digits(text[..4]), Digits(text[5..7]), Digits(text[8..10]))
            : throw new FormatException("A day sum's day is not yyyy-MM-dd.");

    private static int Digits(ReadOnlySpan<byte> text)
    {
        var value = 0;
        foreach (var digit in text)
        {
            value = digit is >= (byte)'0' and <= (byte)'9' ? (value * 10) + (digit - '0') : throw new FormatException("A day sum's day is not yyyy-MM-dd.");
        }

        return value;
    }
}
