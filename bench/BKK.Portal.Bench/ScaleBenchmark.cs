using System.Diagnostics;
using System.Text;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Meters;
using BKK.Portal.Infrastructure.Consumption;
using BKK.Portal.Infrastructure.DemoData;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Bench;

/// <summary>
/// Fills a portal database (one the portal made, with the demo's eight metering points, seven with values) up to <c>points</c> metering points
/// with three years of quarter-hour values each, through the portal's own import (parse, check, sort, write whole days
/// with their day sums), ten metering points per file. Then imports one more day for every added metering point, as the
/// daily file from the metering data hub would come. Prints the import rates as the table grows and the file's size.
/// </summary>
internal static class ScaleBenchmark
{
    private const int PointsPerFile = 10;

    private static readonly ConsumptionKind[] Kinds =
        [ConsumptionKind.HomeWithHeatPump, ConsumptionKind.FlatWithEvCharging, ConsumptionKind.HomeWithHeatPump, ConsumptionKind.Cabin, ConsumptionKind.FlatWithEvCharging, ConsumptionKind.Shop];

    public static async Task<int> RunAsync(string database, int points)
    {
        var today = BenchDatabase.Today;
        var from = ConsumptionHistory.Earliest(today);
        var lastDay = today.AddDays(-1); // the added points get values before yesterday; the daily file brings yesterday
        var added = await AddPointsAsync(database, points);
        Console.WriteLine(ImportBenchmark.Invariant($"Scale: {added.Count:N0} metering points added to the demo's, each with quarter-hour values from {from:yyyy-MM-dd} up to {lastDay:yyyy-MM-dd}, imported {PointsPerFile} metering points per file"));

        var total = Stopwatch.StartNew();
        long values = 0;
        double importing = 0;
        var rates = new List<(int Points, double Rate)>();
        for (var i = 0; i < added.Count; i += PointsPerFile)
        {
            var batch = added.Skip(i).Take(PointsPerFile).ToList();
            var (count, seconds) = await ImportAsync(database, batch, from, lastDay);
            values += count;
            importing += seconds;
            rates.Add((i + batch.Count, count / seconds));
            if ((i / PointsPerFile) % 10 == 9 || i + PointsPerFile >= added.Count)
            {
                Console.WriteLine(ImportBenchmark.Invariant($"  {i + batch.Count,5:N0} points, {values:N0} values, {total.Elapsed.TotalSeconds:0} s with making the files, this file {count / seconds:N0} values/s"));
            }
        }

        var daily = await ImportAsync(database, added, lastDay, today);
        var tenth = Math.Max(1, rates.Count / 10);
        var first = rates.Take(tenth).Average(r => r.Rate);
        var last = rates.TakeLast(tenth).Average(r => r.Rate);
        SqliteConnection.ClearAllPools();
        var size = new FileInfo(database).Length + (File.Exists(database + "-wal") ? new FileInfo(database + "-wal").Length : 0);

        Console.WriteLine();
        Console.WriteLine("| Import at scale | values | values/s |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(ImportBenchmark.Invariant($"| three years of {added.Count:N0} metering points, all files ({importing:0} s importing) | {values:N0} | {values / importing:N0} |"));
        Console.WriteLine(ImportBenchmark.Invariant($"| the first tenth of the files ({tenth * PointsPerFile} metering points), mean | | {first:N0} |"));
        Console.WriteLine(ImportBenchmark.Invariant($"| the last tenth of the files, into the nearly full table, mean | | {last:N0} |"));
        Console.WriteLine(ImportBenchmark.Invariant($"| one day of every added metering point into the full table (the daily file) | {daily.Count:N0} | {daily.Count / daily.Seconds:N0} |"));
        Console.WriteLine();
        Console.WriteLine(ImportBenchmark.Invariant($"Database file with its WAL: {size / (1024.0 * 1024 * 1024):0.00} GiB for {await CountAsync(database, "MeterValues"):N0} values and {await CountAsync(database, "MeterDaySums"):N0} day sums of {await CountAsync(database, "MeteringPoints"):N0} metering points"));
        return 0;
    }

    /// <summary>One relationship per added metering point (a household, without a login), numbered after the demo's.</summary>
    private static async Task<List<(string Id, ConsumptionKind Kind, int Seed)>> AddPointsAsync(string database, int points)
    {
        await using var db = BenchDatabase.Open(database);
        var existing = await db.MeteringPoints.CountAsync();
        var since = ConsumptionHistory.Earliest(BenchDatabase.Today);
        var added = new List<(string, ConsumptionKind, int)>();
        for (var n = existing + 1; n <= points; n++)
        {
            var relationship = new CustomerRelationship(
                CustomerNumber.Parse($"4{n:0000000}").GetValueOrThrow(), $"Kunde {n}", CustomerType.Private, TariffType.Household, since);
            var id = MeteringPointId.FromFirst17($"70705750009{n:000000}");
            relationship.AddMeteringPoint(new MeteringPoint(
                id, $"6970632{n:0000000}", InstallationType.Home, MeterType.AmsThreePhase,
                new InstallationAddress($"Skalavegen {n}", "5019", "Bergen"), MeterResolution.QuarterHour, since, gridStation: "NS-5019"));
            db.CustomerRelationships.Add(relationship);
            added.Add((id.Value, Kinds[n % Kinds.Length], n * 101));
        }

        await db.SaveChangesAsync();
        return added;
    }

    /// <summary>The values of the points over [from, to) as one file in the export's format, imported as the import command does.</summary>
    private static async Task<(long Count, double Seconds)> ImportAsync(string database, List<(string Id, ConsumptionKind Kind, int Seed)> points, DateOnly from, DateOnly to)
    {
        var file = new StringBuilder(MeterValueCsvFormat.Header).Append('\n');
        long count = 0;
        foreach (var (id, kind, seed) in points)
        {
            foreach (var v in MeterValueSeries.Generate(0, kind, seed, from, to, from))
            {
                file.Append(MeterValueCsvFormat.FormatLine(id, v.StartUtc, v.Resolution, v.Direction, v.QuantityWh, v.Status)).Append('\n');
                count++;
            }
        }

        await using var db = BenchDatabase.Open(database);
        using var readings = new MeterReadings(db);
        var importer = ImportBenchmark.Importer(db, readings);
        var stopwatch = Stopwatch.StartNew();
        var summary = await importer.ImportAsync(new StringReader(file.ToString()), null, CancellationToken.None);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        if (summary.Inserted != count || summary.Rejected != 0)
        {
            throw new InvalidOperationException($"Expected {count} new values, inserted {summary.Inserted}, rejected {summary.Rejected}.");
        }

        return (count, seconds);
    }

    private static async Task<long> CountAsync(string database, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
