using System.Diagnostics;
using System.Globalization;
using System.Text;
using BKK.Portal.Application.Prices;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Prices;
using BKK.Portal.Infrastructure.Prices;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Bench;

/// <summary>
/// The price import (<c>prices FILE</c>'s work: read the file, check it whole, write it in one transaction) of a
/// year of quarter-hour day-ahead prices for the five Norwegian areas as one ENTSO-E A44 document, one Period per
/// area and Oslo day as the platform sends them: into an empty migrated database, and again (nothing changes).
/// </summary>
internal static class PriceImportBenchmark
{
    private const int Runs = 3;
    private static readonly DateOnly First = new(2026, 1, 1);

    public static async Task<int> RunAsync()
    {
        var folder = BenchDatabase.NewFolder("prices");
        var file = Path.Combine(folder, "A44-2026.xml");
        var count = await WriteDocumentAsync(file);
        var rates = new EurNokRates(new Dictionary<string, decimal> { ["2025-01-01"] = 11.5m });
        Console.WriteLine(Invariant($"Price import benchmark: {count:N0} prices (a year of quarter-hours, 5 areas, {new FileInfo(file).Length / 1e6:0.0} MB of XML), best of {Runs} runs"));

        var first = new List<double>();
        var again = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            var database = Path.Combine(folder, $"run-{run}.db");
            await using var db = BenchDatabase.Open(database);
            await db.Database.MigrateAsync();
            first.Add(await ImportAsync(db, file, rates, count, expectInserted: true));
            again.Add(await ImportAsync(db, file, rates, count, expectInserted: false));
        }

        Console.WriteLine("| import | seconds (best) | prices/s |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(Invariant($"| into an empty database | {first.Min():0.00} | {count / first.Min():N0} |"));
        Console.WriteLine(Invariant($"| the same file again (unchanged) | {again.Min():0.00} | {count / again.Min():N0} |"));
        return 0;
    }

    private static async Task<double> ImportAsync(DbContext db, string file, EurNokRates rates, int count, bool expectInserted)
    {
        var stopwatch = Stopwatch.StartNew();
        using var reader = new StreamReader(file, Encoding.UTF8);
        var summary = await new SpotPriceImporter(new SpotPriceWriter((Infrastructure.Persistence.PortalDbContext)db), rates).ImportAsync(Path.GetFileName(file), reader, null, CancellationToken.None);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        if ((expectInserted ? summary.Inserted : summary.Unchanged) != count)
        {
            throw new InvalidOperationException($"Expected {count} prices {(expectInserted ? "inserted" : "unchanged")}, got {summary}.");
        }

        return seconds;
    }

    /// <returns>How many prices the document holds.</returns>
    private static async Task<int> WriteDocumentAsync(string file)
    {
        await using var writer = new StreamWriter(file, false, new UTF8Encoding(false));
        await writer.WriteLineAsync("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        await writer.WriteLineAsync("<Publication_MarketDocument xmlns=\"urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3\"><mRID>bench</mRID><type>A44</type>");
        var count = 0;
        foreach (var area in PriceAreas.All)
        {
            await writer.WriteLineAsync(Invariant($"<TimeSeries><in_Domain.mRID codingScheme=\"A01\">{PriceAreas.Eic(area)}</in_Domain.mRID><out_Domain.mRID codingScheme=\"A01\">{PriceAreas.Eic(area)}</out_Domain.mRID><currency_Unit.name>EUR</currency_Unit.name><price_Measure_Unit.name>MWH</price_Measure_Unit.name><curveType>A01</curveType>"));
            for (var day = First; day < First.AddYears(1); day = day.AddDays(1))
            {
                var start = OsloTime.ToUtc(day);
                var end = OsloTime.ToUtc(day.AddDays(1));
                await writer.WriteLineAsync(Invariant($"<Period><timeInterval><start>{start:yyyy-MM-dd'T'HH:mm'Z'}</start><end>{end:yyyy-MM-dd'T'HH:mm'Z'}</end></timeInterval><resolution>PT15M</resolution>"));
                var points = (int)(end - start).TotalMinutes / 15;
                for (var position = 1; position <= points; position++)
                {
                    var price = Math.Round(40 + (30 * Math.Sin((count + position) / 37.0)) - (int)area, 2);
                    await writer.WriteLineAsync(Invariant($"<Point><position>{position}</position><price.amount>{price}</price.amount></Point>"));
                }

                count += points;
                await writer.WriteLineAsync("</Period>");
            }

            await writer.WriteLineAsync("</TimeSeries>");
        }

        await writer.WriteLineAsync("</Publication_MarketDocument>");
        return count;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
