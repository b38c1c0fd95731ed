using System.Diagnostics;
using System.Globalization;
using System.Text;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Infrastructure.Consumption;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Bench;

/// <summary>
/// The import's rate in values per second, next to the sqlite3 command line tool importing the
/// same rows into the same table (a copy of the same migrated database file).
/// </summary>
internal static class ImportBenchmark
{
    private const int Runs = 3;

    public static async Task<int> RunAsync()
    {
        var folder = BenchDatabase.NewFolder("import");
        var templateFolder = Directory.CreateDirectory(Path.Combine(folder, "template")).FullName;
        var template = await BenchDatabase.CreateWithoutValuesAsync(templateFolder);
        var (portalFile, rawFile, count) = await WriteFilesAsync(folder, template);
        Console.WriteLine(Invariant($"Import benchmark: {count:N0} values (the demo's 3 years of {BenchDatabase.Demo.MeteringPoints.Count} metering points), best of {Runs} runs after one warm-up run of each side"));

        // A first run of each side warms it up and is not counted (the rule: warm figures): the portal's first import
        // in a process also compiles its code, which a long-running portal has done. Its rate is printed on its own.
        var first = await ImportAsync(CopyOf(template, folder, "ours-warm-up.db"), portalFile, count);
        Sqlite3Import(CopyOf(template, folder, "sqlite3-warm-up.db"), rawFile, count);
        var ours = new List<double>();
        string last = string.Empty;
        for (var run = 0; run < Runs; run++)
        {
            last = CopyOf(template, folder, $"ours-{run}.db");
            ours.Add(await ImportAsync(last, portalFile, count));
        }

        var again = await ImportAsync(last, portalFile, count);
        var reference = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            reference.Add(Sqlite3Import(CopyOf(template, folder, $"sqlite3-{run}.db"), rawFile, count));
        }

        var best = ours.Max();
        var bestReference = reference.Max();
        Console.WriteLine();
        Console.WriteLine("| Import into SQLite | values/s |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(Invariant($"| portal import (parse, check, sort, write whole days), empty table | {best:N0} |"));
        Console.WriteLine(Invariant($"| portal import, first run in a fresh process (not counted) | {first:N0} |"));
        Console.WriteLine(Invariant($"| portal import of the same file again (every value unchanged) | {again:N0} |"));
        Console.WriteLine(Invariant($"| sqlite3 .import of the same rows, same table | {bestReference:N0} |"));
        Console.WriteLine(Invariant($"| ratio portal / sqlite3 | {best / bestReference:0.00} |"));
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static async Task<(string PortalFile, string RawFile, long Count)> WriteFilesAsync(string folder, string template)
    {
        Dictionary<string, int> keys;
        await using (var db = BenchDatabase.Open(template))
        {
            keys = await db.MeteringPoints.ToDictionaryAsync(m => m.MeteringPointId.Value, m => m.Id);
        }

        var portalFile = Path.Combine(folder, "values.csv");
        var rawFile = Path.Combine(folder, "raw.csv");
        long count = 0;
        await using var portal = new StreamWriter(portalFile, false, new UTF8Encoding(true));
        await using var raw = new StreamWriter(rawFile, false, new UTF8Encoding(false));
        await portal.WriteLineAsync(MeterValueCsvFormat.Header);
        foreach (var point in BenchDatabase.Demo.MeteringPoints)
        {
            var id = point.MeteringPoint.MeteringPointId.Value;
            var from = new DateOnly(BenchDatabase.Today.Year, BenchDatabase.Today.Month, 1).AddYears(-3);
            var values = MeterValueSeries.Generate(keys[id], point.Kind, point.Seed, from, BenchDatabase.Today, point.QuarterHourFrom);
            if (point.Solar)
            {
                values = values.Concat(MeterValueSeries.Generate(keys[id], ConsumptionKind.Solar, point.Seed, from, BenchDatabase.Today, point.QuarterHourFrom, FlowDirection.Production));
            }

            foreach (var v in values)
            {
                await portal.WriteLineAsync(MeterValueCsvFormat.FormatLine(id, v.StartUtc, v.Resolution, v.Direction, v.QuantityWh, v.Status));
                await raw.WriteLineAsync(Invariant($"{v.MeteringPointKey};{(int)v.Direction};{UnixSeconds.From(v.StartUtc)};{(int)v.Resolution};{v.QuantityWh};{(int)v.Status}"));
                count++;
            }
        }

        return (portalFile, rawFile, count);
    }

    private static async Task<double> ImportAsync(string database, string file, long count)
    {
        SqliteConnection.ClearAllPools();
        await using var db = BenchDatabase.Open(database);
        using var readings = new MeterReadings(db);
        var importer = Importer(db, readings);
        var stopwatch = Stopwatch.StartNew();
        using var reader = new StreamReader(file, Encoding.UTF8, true, new FileStreamOptions { BufferSize = 1 << 16 });
        var summary = await importer.ImportAsync(reader, null, CancellationToken.None);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        if (summary.Read != count || summary.Rejected != 0)
        {
            throw new InvalidOperationException($"Expected {count} good values, read {summary.Read}, rejected {summary.Rejected}.");
        }

        Console.WriteLine(Invariant($"  portal: {seconds:0.00} s ({summary.Inserted:N0} inserted, {summary.Unchanged:N0} unchanged; reading {summary.Elapsed.Reading.TotalSeconds:0.00} s, writing {summary.Elapsed.Writing.TotalSeconds:0.00} s)"));
        return count / seconds;
    }

    /// <summary>The import as the portal's import command makes it (default options, the day sums written with the values).</summary>
    internal static MeterValueImporter Importer(PortalDbContext db, MeterReadings readings) =>
        new(db, readings, new MeterValueWriter(db), TimeProvider.System, Options.Create(new MeterValueImportOptions()));

    private static double Sqlite3Import(string database, string rawFile, long count)
    {
        SqliteConnection.ClearAllPools();
        var start = new ProcessStartInfo("sqlite3", [database]) { RedirectStandardInput = true, RedirectStandardError = true };
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        // Foreign keys on, as Microsoft.Data.Sqlite has them; .import wraps the rows in one transaction.
        process.StandardInput.Write($"PRAGMA foreign_keys=ON;\n.mode csv\n.separator ;\n.import {rawFile} MeterValues\n");
        process.StandardInput.Close();
        process.WaitForExit();
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var errors = process.StandardError.ReadToEnd();
        if (process.ExitCode != 0 || errors.Length > 0)
        {
            throw new InvalidOperationException("sqlite3 failed: " + errors);
        }

        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM MeterValues";
        if ((long)command.ExecuteScalar()! != count)
        {
            throw new InvalidOperationException("sqlite3 did not import every row.");
        }

        Console.WriteLine(Invariant($"  sqlite3: {seconds:0.00} s"));
        return count / seconds;
    }

    private static string CopyOf(string template, string folder, string name)
    {
        SqliteConnection.ClearAllPools();
        var target = Path.Combine(folder, name);
        File.Copy(template, target);
        return target;
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
