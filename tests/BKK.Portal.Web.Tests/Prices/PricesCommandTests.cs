using System.Diagnostics;
using System.Globalization;
using System.Text;
using BKK.Portal.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BKK.Portal.Web.Tests.Prices;

/// <summary>
/// <c>BKK.Portal.Web prices FILE...</c> as an operator runs it, in its own process on a database of its own:
/// a hvakosterstrommen.no day goes in, the same file again changes nothing, a bad file is named with its place
/// and reason and leaves the database as it was.
/// </summary>
public sealed class PricesCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("prices-");

    [Fact]
    public async Task A_day_goes_in_once_and_a_refused_file_is_named_and_changes_nothing()
    {
        var day = _folder.Combine("03-30_NO5.json");
        await File.WriteAllTextAsync(day, Day(new DateOnly(2025, 3, 30), 0.5m)); // 23 hours: the clocks go forward
        var broken = _folder.Combine("03-31_NO5.json");
        await File.WriteAllTextAsync(broken, Day(new DateOnly(2025, 3, 31), 0.6m).Replace("\"EXR\": 11.5,", string.Empty, StringComparison.Ordinal));

        var first = await RunAsync(day);
        var again = await RunAsync(day);
        var refused = await RunAsync(broken);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Nye: 23", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Nye: 0  Erstattet: 0  Uendret: 23", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("avvist, ingenting er lagret", refused.Output, StringComparison.Ordinal);
        Assert.Contains("EXR", refused.Output, StringComparison.Ordinal);
        Assert.Equal(23, CountPrices());
    }

    [Fact]
    public async Task Without_a_file_the_command_shows_its_usage()
    {
        var run = await RunAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("prices [--omrade NO1–NO5] FIL...", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    /// <summary>A hvakosterstrommen.no day at hourly prices, the NOK price from EUR at 11.5.</summary>
    private static string Day(DateOnly date, decimal nokPerKwh)
    {
        var entries = new List<string>();
        var zone = Domain.Common.OsloTime.Zone;
        for (var start = Domain.Common.OsloTime.ToUtc(date); start < Domain.Common.OsloTime.ToUtc(date.AddDays(1)); start = start.AddHours(1))
        {
            var from = new DateTimeOffset(start).ToOffset(zone.GetUtcOffset(start));
            var to = new DateTimeOffset(start.AddHours(1)).ToOffset(zone.GetUtcOffset(start.AddHours(1)));
            entries.Add(string.Create(CultureInfo.InvariantCulture, $$"""{"NOK_per_kWh": {{nokPerKwh}}, "EUR_per_kWh": {{nokPerKwh / 11.5m:0.########}}, "EXR": 11.5, "time_start": "{{from:yyyy-MM-ddTHH:mm:sszzz}}", "time_end": "{{to:yyyy-MM-ddTHH:mm:sszzz}}"}"""));
        }

        return "[\n" + string.Join(",\n", entries) + "\n]";
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] files)
    {
        var start = PortalProcess.StartInfo(
        [
            "prices", .. files,
            $"--Database:DataDirectory={_folder.Combine("db")}",
            "--Demo:Seed=false",
            $"--Logging:Directory={PortalFactory.LogDirectory}",
        ]);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, new StringBuilder(await output).Append(await errors).ToString().Replace('\u00a0', ' '));
    }

    private int CountPrices()
    {
        using var connection = new SqliteConnection($"Data Source={_folder.Combine("db", "portal.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM SpotPrices WHERE Area = 5";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
