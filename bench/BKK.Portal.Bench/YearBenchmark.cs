using System.Diagnostics;
using BKK.Portal.Application.Access;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Application.Invoices;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Infrastructure.Prices;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Infrastructure.Consumption;
using BKK.Portal.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace BKK.Portal.Bench;

/// <summary>
/// The year of one quarter-hour metering point as the Forbruk page computes it: with the
/// database reads (this year and last year), and the computation alone on values in memory.
/// </summary>
internal static class YearBenchmark
{
    private const int Warmup = 5;
    private const int Runs = 40;

    public static async Task<int> RunAsync()
    {
        var folder = BenchDatabase.NewFolder("year");
        var file = Path.Combine(folder, "portal.db");
        await using var db = BenchDatabase.Open(file);
        await db.Database.MigrateAsync();
        await new DemoDataSeeder(db, TimeProvider.System, NullLogger<DemoDataSeeder>.Instance).SeedIfEmptyAsync(CancellationToken.None);

        var charge = LoadCapacityCharge();
        using var meterReadings = new MeterReadings(db);
        var access = new MeteringPointAccess(db, meterReadings);
        var query = new ConsumptionQuery(meterReadings, access, charge, new SpotPriceReader(db), LoadGridTariff(), TimeProvider.System);
        var relationship = await new RelationshipAccessService(db, NullLogger<RelationshipAccessService>.Instance)
            .AuthorizeAsync(DemoPeople.Kari, CustomerNumber.Parse("10000017").GetValueOrThrow(), CancellationToken.None);
        var period = ConsumptionPeriod.Containing(PeriodKind.Year, BenchDatabase.Today);
        var point = (await access.FindAsync(relationship, null, CancellationToken.None))!;
        var readings = await query.ReadAsync(point, FlowDirection.Consumption, period.Start, period.End, CancellationToken.None);

        var withDatabase = await TimeAsync(async () => await query.GetAsync(relationship, null, period, FlowDirection.Consumption, withCost: false, CancellationToken.None));
        var readings2 = new MeterReadings(db);
        var (fromUtc, toUtc) = (Domain.Common.OsloTime.ToUtc(period.Start), Domain.Common.OsloTime.ToUtc(period.End));
        var lastYear = period.SameLastYear;
        var lastYearEdges = ConsumptionAggregator.Edges(lastYear.Start, lastYear.End, lastYear.BucketSize);
        var months = period.Months.Where(m => m <= BenchDatabase.Today).ToList();
        var fromValues = await TimeAsync(async () =>
        {
            var hours = await readings2.ReadHoursAsync(point.Key, FlowDirection.Consumption, fromUtc, toUtc, CancellationToken.None);
            _ = ConsumptionAggregator.Aggregate(hours, period.Start, period.End, period.BucketSize);
            _ = await readings2.SumAsync(point.Key, FlowDirection.Consumption, lastYearEdges, CancellationToken.None);
            foreach (var month in months)
            {
                _ = charge.Calculate(month, [], hours);
            }
        });
        var daysOnly = await TimeAsync(async () => await readings2.ReadDaysAsync(point.Key, FlowDirection.Consumption, period.Start, period.End, CancellationToken.None));
        var days = await readings2.ReadDaysAsync(point.Key, FlowDirection.Consumption, period.Start, period.End, CancellationToken.None);
        var hoursOnly = await TimeAsync(async () => await readings2.ReadHoursAsync(point.Key, FlowDirection.Consumption, fromUtc, toUtc, CancellationToken.None));
        var pointsOnly = await TimeAsync(async () => await access.ListAsync(relationship, CancellationToken.None));
        var inMemory = await TimeAsync(() =>
        {
            _ = ConsumptionAggregator.Aggregate(days, ConsumptionAggregator.Edges(period.Start, period.End, period.BucketSize));
            foreach (var month in months)
            {
                _ = charge.Calculate(month, days.Where(d => d.Day >= month && d.Day < month.AddMonths(1)).ToList());
            }

            return Task.CompletedTask;
        });

        Console.WriteLine(ImportBenchmark.Invariant($"Year benchmark: {period.Start.Year} of metering point {point.Choice.Id}, {readings.Count:N0} quarter-hour values in {days.Count} day sums, {Runs} runs after {Warmup} warm-up"));
        Console.WriteLine();
        Console.WriteLine("| Year computation, one metering point | median | p95 |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(ImportBenchmark.Invariant($"| **Forbruk year view, whole query: this year's and last year's day sums, months, {months.Count} capacity steps** | **{withDatabase.Median:0.0} ms** | **{withDatabase.P95:0.0} ms** |"));
        Console.WriteLine(ImportBenchmark.Invariant($"| the computation alone (day sums in memory): months, capacity steps | {inMemory.Median:0.00} ms | {inMemory.P95:0.00} ms |"));
        Console.WriteLine(ImportBenchmark.Invariant($"| of which: this year's day sums read (SQLite statement) | {daysOnly.Median:0.0} ms | {daysOnly.P95:0.0} ms |"));
        Console.WriteLine(ImportBenchmark.Invariant($"| of which: the relationship's metering points (EF Core) | {pointsOnly.Median:0.0} ms | {pointsOnly.P95:0.0} ms |"));
        Console.WriteLine(ImportBenchmark.Invariant($"| the same view from the values (before the day sums): values read and summed to hours, last year's sums by SQLite, months, capacity steps | {fromValues.Median:0.0} ms | {fromValues.P95:0.0} ms |"));
        Console.WriteLine(ImportBenchmark.Invariant($"| of which: this year's values read and summed to hours | {hoursOnly.Median:0.0} ms | {hoursOnly.P95:0.0} ms |"));
        await db.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    /// <summary>The tariff the portal runs with: src/BKK.Portal.Web/appsettings.json.</summary>
    private static CapacityCharge LoadCapacityCharge()
    {
        var options = PortalSettings().GetSection(CapacityTariffOptions.SectionName).Get<CapacityTariffOptions>()!;
        return new CapacityCharge(options.ToTariff(), options.SumQuarterHoursToHours);
    }

    private static GridTariff LoadGridTariff() => PortalSettings().GetSection(GridTariffOptions.SectionName).Get<GridTariffOptions>()!.ToTariff();

    /// <summary>The portal's own appsettings.json, found from the benchmark's folder up.</summary>
    private static IConfiguration PortalSettings()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "BKK.Portal.sln")))
        {
            dir = dir.Parent;
        }

        return new ConfigurationBuilder().AddJsonFile(Path.Combine(dir.FullName, "src", "BKK.Portal.Web", "appsettings.json")).Build();
    }

    private static async Task<(double Median, double P95)> TimeAsync(Func<Task> work)
    {
        for (var i = 0; i < Warmup; i++)
        {
            await work();
        }

        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await work();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1]);
    }
}
