using BKK.Portal.Application.Tests.Retention;
using Microsoft.Data.Sqlite;

namespace BKK.Portal.Application.Tests.Consumption;

public sealed class DaySumUpgradeTests
{
    /// <summary>A database with values and no day sums (made before them) gets them when the portal starts on it.</summary>
    [Fact]
    public async Task A_database_from_before_the_day_sums_gets_them_at_the_next_start()
    {
        using var demo = await DemoDatabase.SeedAsync();
        var seeded = await ScalarAsync(demo, "SELECT COUNT(*) FROM MeterDaySums");
        var pointDays = await ScalarAsync(demo, "SELECT COUNT(*) FROM (SELECT DISTINCT MeteringPointKey, Direction, StartUtc / 3600 / 24 FROM MeterValues)");
        Assert.True(seeded > 1000, $"{seeded} day sums after seeding");
        Assert.InRange(seeded, pointDays - 50, pointDays + 50); // one per series and Oslo day (UTC days here: close, not equal)

        await ScalarAsync(demo, "DELETE FROM MeterDaySums");
        await demo.StartAgainAsync();

        Assert.Equal(seeded, await ScalarAsync(demo, "SELECT COUNT(*) FROM MeterDaySums"));
    }

    private static async Task<long> ScalarAsync(DemoDatabase demo, string sql)
    {
        await using var connection = new SqliteConnection(demo.ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }
}
