using System.Diagnostics;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BKK.Portal.Web.Tests.Consumption;

/// <summary>
/// The import as an operator runs it: <c>BKK.Portal.Web import FILE</c> in its own process, on a
/// database file of its own, killed in the middle and run again.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("import-");

    [Fact]
    public async Task Killing_the_import_mid_file_leaves_whole_days_and_running_it_again_gives_one_clean_run()
    {
        // Every demo value corrected by one watt-hour: each line of the file replaces a stored value.
        var lines = DemoValues.Lines(addWh: 1).ToList();
        var file = _folder.Combine("korrigert.csv");
        await File.WriteAllLinesAsync(file, [MeterValueCsvFormat.Header, .. lines.Select(l => l.Line)], new System.Text.UTF8Encoding(true));
        var original = DemoValues.Lines(addWh: 0).ToDictionary(l => l.Key, l => l.Wh);

        var clean = await RunAsync("clean", file, killAfterFirstCommit: false);
        Assert.Equal(0, clean.ExitCode);
        Assert.Contains($"Erstattet:{lines.Count}Uendret:0Fjernet:0Avvist:0", WithoutSpaces(clean.Output), StringComparison.Ordinal);

        var killed = await RunAsync("killed", file, killAfterFirstCommit: true);
        Assert.True(killed.Killed, "the import finished before it could be killed; the test proves nothing");

        // Each metering point's day is as it was or as the file has it, never half.
        var afterKill = ReadValues("killed");
        var days = afterKill.GroupBy(v => v.Day).Select(g => g.Select(v => v.Wh - original[v.Key]).Distinct().ToList()).ToList();
        Assert.All(days, changes => Assert.Single(changes));
        Assert.Contains(days, changes => changes[0] == 1);
        Assert.Contains(days, changes => changes[0] == 0);

        var rerun = await RunAsync("killed", file, killAfterFirstCommit: false);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(ReadValues("clean").Select(v => (v.Key, v.Wh, v.Status)), ReadValues("killed").Select(v => (v.Key, v.Wh, v.Status)));
    }

    [Fact]
    public async Task Bad_lines_are_listed_with_their_numbers_and_the_exit_code_says_so()
    {
        var good = DemoValues.Lines(addWh: 0).Take(3).Select(l => l.Line).ToList();
        var file = _folder.Combine("med-feil.csv");
        await File.WriteAllLinesAsync(file, [MeterValueCsvFormat.Header, good[0], "tull", good[1], good[2].Replace(";målt", ";ukjent", StringComparison.Ordinal)]);

        var run = await RunAsync("bad", file, killAfterFirstCommit: false);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Avvist: 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("linje 3: Linjen har 1 felt", run.Output, StringComparison.Ordinal);
        Assert.Contains("linje 5: Ukjent status «ukjent»", run.Output, StringComparison.Ordinal);
    }

    private static string WithoutSpaces(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"[\s\u00a0\u202f]", string.Empty);

    public void Dispose() => _folder.Dispose();

    private async Task<(int ExitCode, string Output, bool Killed)> RunAsync(string database, string file, bool killAfterFirstCommit)
    {
        var start = PortalProcess.StartInfo(
        [
            "import", file,
            $"--Database:DataDirectory={_folder.Combine(database)}",
            "--Demo:Seed=true",
            "--Import:CommitEvery=20000",
            $"--Logging:Directory={PortalFactory.LogDirectory}",
        ]);
        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        var killed = false;
        var errors = process.StandardError.ReadToEndAsync();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            output.AppendLine(line);
            if (killAfterFirstCommit && !killed && line.Contains("verdier skrevet", StringComparison.Ordinal))
            {
                process.Kill(entireProcessTree: true);
                killed = true;
            }
        }

        await process.WaitForExitAsync();
        output.Append(await errors);
        return (killed ? -1 : process.ExitCode, output.ToString(), killed);
    }

    private List<(string Key, string Day, long Wh, int Status)> ReadValues(string database)
    {
        using var connection = new SqliteConnection($"Data Source={_folder.Combine(database, "portal.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT m.Gsrn, v.Direction, v.StartUtc, v.QuantityWh, v.Status
            FROM MeterValues v JOIN MeteringPoints m ON m.Id = v.MeteringPointKey
            ORDER BY m.Gsrn, v.Direction, v.StartUtc
            """;
        using var reader = command.ExecuteReader();
        var values = new List<(string, string, long, int)>();
        while (reader.Read())
        {
            var id = reader.GetString(0);
            var direction = (FlowDirection)reader.GetInt32(1);
            var start = UnixSeconds.ToUtc(reader.GetInt64(2));
            var day = $"{id}/{(int)direction}/{Domain.Common.OsloTime.LocalDate(start):yyyy-MM-dd}";
            values.Add((DemoValues.Key(id, direction, start), day, reader.GetInt64(3), reader.GetInt32(4)));
        }

        return values;
    }
}
