using BKK.Portal.Application.Invoices;
using BKK.Portal.Application.Prices;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Domain.Meters;
using BKK.Portal.Domain.Prices;
using BKK.Portal.Infrastructure.Consumption;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Infrastructure.Prices;
using Microsoft.Extensions.Configuration;

namespace BKK.Portal.Application.Tests.Consumption;

/// <summary>
/// The stored day sums against the stored values and prices they are made of: after an import that writes, replaces
/// and deletes values (a DST day among them), after new prices and the refresh, and after the values are deleted.
/// </summary>
public sealed class MeterDaySumStoreTests : IAsyncLifetime
{
    private static readonly DateOnly First = new(2026, 10, 24); // the 25th has 25 hours
    private static readonly PriceSupportRules Support = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "portal-appsettings.json")).Build()
        .GetSection(PriceSupportOptions.SectionName).Get<PriceSupportOptions>()!.ToRules();

    private TestDatabase _database = null!;
    private int _pointKey;

    private PortalDbContext Db => _database.Db;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var data = DemoDataGenerator.Create(new DateOnly(2026, 11, 25));
        Db.People.AddRange(data.People);
        Db.CustomerRelationships.AddRange(data.Relationships);
        Db.AccessGrants.AddRange(data.Grants);
        await Db.SaveChangesAsync();
        _pointKey = data.MeteringPoints[0].MeteringPoint.Id;
        await new SpotPriceWriter(Db).WriteAsync([Prices(First, First.AddDays(4), 0.10m)], CancellationToken.None);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_import_keeps_the_day_sums_of_the_days_it_writes_replaces_and_deletes()
    {
        await using (var batch = await Writer().BeginAsync(CancellationToken.None))
        {
            await batch.InsertAsync(_pointKey, FlowDirection.Consumption, Values(First, First.AddDays(3)), CancellationToken.None);
            await batch.CompleteAsync(CancellationToken.None);
        }

        var before = await StoredAsync();
        Assert.Equal([First, First.AddDays(1), First.AddDays(2)], before.Select(d => d.Day));
        Assert.Equal(100, before[1].Values);
        await AssertSumsOfStoredValuesAsync();

        var replaced = OsloTime.ToUtc(First.AddDays(1)).AddHours(2).AddMinutes(15); // inside the hour that comes twice
        var deleted = OsloTime.ToUtc(First.AddDays(2)).AddHours(18);
        await using (var batch = await Writer().BeginAsync(CancellationToken.None))
        {
            await batch.UpdateAsync(new MeterValue(_pointKey, replaced, MeterResolution.QuarterHour, 9_999, MeterValueStatus.Estimated), CancellationToken.None);
            await batch.DeleteAsync(_pointKey, FlowDirection.Consumption, deleted, CancellationToken.None);
            await batch.InsertAsync(_pointKey, FlowDirection.Consumption, Values(First.AddDays(3), First.AddDays(4)), CancellationToken.None);
            await batch.CompleteAsync(CancellationToken.None);
        }

        var after = await StoredAsync();
        Assert.Equal(4, after.Count);
        Assert.Equal(before[0].Wh, after[0].Wh); // a day the import did not touch
        Assert.Equal(9_999, after[1].PeakPowerWh / 4);
        Assert.Equal(1, after[1].PeakPowerEstimated);
        Assert.Equal(95, after[2].Values);
        await AssertSumsOfStoredValuesAsync();
    }

    [Fact]
    public async Task New_values_in_a_day_that_has_values_are_summed_with_those()
    {
        var day = Values(First, First.AddDays(1));
        await using (var batch = await Writer().BeginAsync(CancellationToken.None))
        {
            await batch.InsertAsync(_pointKey, FlowDirection.Consumption, day[..40], CancellationToken.None);
            await batch.CompleteAsync(CancellationToken.None);
        }

        await using (var batch = await Writer().BeginAsync(CancellationToken.None))
        {
            await batch.InsertAsync(_pointKey, FlowDirection.Consumption, day[40..], CancellationToken.None);
            await batch.CompleteAsync(CancellationToken.None);
        }

        Assert.Equal(96, (await StoredAsync()).Single().Values);
        await AssertSumsOfStoredValuesAsync();
    }

    [Fact]
    public async Task A_day_given_in_two_inserts_of_one_batch_or_out_of_order_is_summed_whole()
    {
        // The sums of a day are started on another core when its first values are inserted (MeterDaySumsAhead): more
        // values for the same day in the same batch, or values out of order, must not leave sums of a part of the day.
        var day = Values(First, First.AddDays(1));
        var next = Values(First.AddDays(1), First.AddDays(2));
        next.Reverse();
        await using (var batch = await Writer().BeginAsync(CancellationToken.None))
        {
            await batch.InsertAsync(_pointKey, FlowDirection.Consumption, day[..40], CancellationToken.None);
            await batch.InsertAsync(_pointKey, FlowDirection.Consumption, day[40..], CancellationToken.None);
            await batch.InsertAsync(_pointKey, FlowDirection.Consumption, next, CancellationToken.None);
            await batch.CompleteAsync(CancellationToken.None);
        }

        Assert.Equal([96, 100], (await StoredAsync()).Select(d => d.Values));
        await AssertSumsOfStoredValuesAsync();
    }

    [Fact]
    public async Task Runs_longer_than_one_statement_and_single_values_are_all_stored()
    {
        // The insert binds up to 128 rows per statement: 300 values are 128 + 128 + 44, and a single value is its own.
        var values = Values(First, First.AddDays(4))[..300];
        await using (var batch = await Writer().BeginAsync(CancellationToken.None))
        {
            await batch.InsertAsync(_pointKey, FlowDirection.Consumption, values[..299], CancellationToken.None);
            await batch.InsertAsync(_pointKey, FlowDirection.Consumption, values[299..], CancellationToken.None);
            await batch.CompleteAsync(CancellationToken.None);
        }

        using var readings = new MeterReadings(Db);
        Assert.Equal(values, await readings.ReadAsync(_pointKey, FlowDirection.Consumption, values[0].StartUtc, values[^1].EndUtc, CancellationToken.None));
        await AssertSumsOfStoredValuesAsync();
    }

    [Fact]
    public async Task New_prices_mark_their_days_and_the_refresh_computes_them_again()
    {
        await using (var batch = await Writer().BeginAsync(CancellationToken.None))
        {
            await batch.InsertAsync(_pointKey, FlowDirection.Consumption, Values(First, First.AddDays(3)), CancellationToken.None);
            await batch.CompleteAsync(CancellationToken.None);
        }

        var spotBefore = (await StoredAsync()).Select(d => d.SpotNok).ToList();
        var summary = await new SpotPriceWriter(Db).WriteAsync([Prices(First.AddDays(1), First.AddDays(2), 2.00m)], CancellationToken.None);
        Assert.Equal(100, summary.Replaced);

        var marked = await StoredAsync();
        Assert.Equal([false, true, false], marked.Select(d => d.PricesChanged));

        Assert.Equal(1, await new MeterDaySumWriter(Db, Support).RefreshChangedPricesAsync(CancellationToken.None));
        var refreshed = await StoredAsync();
        Assert.All(refreshed, d => Assert.False(d.PricesChanged));
        Assert.Equal(spotBefore[0], refreshed[0].SpotNok);
        Assert.True(refreshed[1].SpotNok > spotBefore[1]);
        await AssertSumsOfStoredValuesAsync();

        // The same prices again change nothing and mark nothing.
        await new SpotPriceWriter(Db).WriteAsync([Prices(First.AddDays(1), First.AddDays(2), 2.00m)], CancellationToken.None);
        Assert.All(await StoredAsync(), d => Assert.False(d.PricesChanged));
    }

    [Fact]
    public async Task The_rebuild_makes_the_same_sums_and_deleting_the_values_deletes_them()
    {
        await using (var batch = await Writer().BeginAsync(CancellationToken.None))
        {
            await batch.InsertAsync(_pointKey, FlowDirection.Consumption, Values(First, First.AddDays(3)), CancellationToken.None);
            await batch.CompleteAsync(CancellationToken.None);
        }

        var imported = await StoredAsync();
        Assert.Equal(3, await new MeterDaySumWriter(Db, Support).RebuildAsync(CancellationToken.None));
        Assert.Equivalent(imported, await StoredAsync(), strict: true);

        await new MeterValueWriter(Db).DeleteAllOfAsync([_pointKey], CancellationToken.None);
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task The_forbruk_views_from_the_stored_day_sums_equal_those_from_the_stored_values_over_both_clock_changes_and_a_replacing_import()
    {
        var spring = new DateOnly(2026, 3, 29); // 23 hours
        await using (var batch = await Writer().BeginAsync(CancellationToken.None))
        {
            await batch.InsertAsync(_pointKey, FlowDirection.Consumption, Values(spring.AddDays(-2), spring.AddDays(2)), CancellationToken.None);
            await batch.InsertAsync(_pointKey, FlowDirection.Consumption, Values(First, First.AddDays(3)), CancellationToken.None);
            await batch.CompleteAsync(CancellationToken.None);
        }

        await AssertViewsOfStoredValuesAsync(spring);

        // An import that replaces values of both clock-change days, one of them with the day's new highest hour.
        await using (var batch = await Writer().BeginAsync(CancellationToken.None))
        {
            await batch.UpdateAsync(new MeterValue(_pointKey, OsloTime.ToUtc(spring).AddHours(1), MeterResolution.QuarterHour, 50_000, MeterValueStatus.Estimated), CancellationToken.None);
            await batch.UpdateAsync(new MeterValue(_pointKey, OsloTime.ToUtc(First.AddDays(1)).AddHours(2), MeterResolution.QuarterHour, 7, MeterValueStatus.Missing), CancellationToken.None);
            await batch.DeleteAsync(_pointKey, FlowDirection.Consumption, OsloTime.ToUtc(spring.AddDays(1)), CancellationToken.None);
            await batch.CompleteAsync(CancellationToken.None);
        }

        await AssertViewsOfStoredValuesAsync(spring);
    }

    /// <summary>The week, month and year buckets of the stored day sums are those of the stored values.</summary>
    private async Task AssertViewsOfStoredValuesAsync(DateOnly spring)
    {
        using var readings = new MeterReadings(Db);
        var (from, to) = (new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1));
        var values = await readings.ReadAsync(_pointKey, FlowDirection.Consumption, OsloTime.ToUtc(from), OsloTime.ToUtc(to), CancellationToken.None);
        var days = await readings.ReadDaysAsync(_pointKey, FlowDirection.Consumption, from, to, CancellationToken.None);
        Assert.Contains(days, d => d.Day == spring);
        foreach (var size in new[] { BucketSize.Day, BucketSize.Week, BucketSize.Month, BucketSize.Year })
        {
            var edges = ConsumptionAggregator.Edges(from, to, size);
            var expected = ConsumptionAggregator.Aggregate(ConsumptionAggregator.ToHours(values), edges);
            var actual = ConsumptionAggregator.Aggregate(days, edges);
            Assert.Equal(expected.Select(b => b with { PeakHour = null }), actual.Select(b => b with { PeakHour = null }));
            Assert.Equal(expected.Select(b => (b.PeakHour?.StartUtc, b.PeakHour?.Wh, b.PeakHour?.Estimated)), actual.Select(b => (b.PeakHour?.StartUtc, b.PeakHour?.Wh, b.PeakHour?.Estimated)));
        }
    }

    private MeterValueWriter Writer() => new(Db, new MeterDaySumWriter(Db, Support));

    private async Task<List<MeterDaySum>> StoredAsync()
    {
        using var readings = new MeterReadings(Db);
        return await readings.ReadDaysAsync(_pointKey, FlowDirection.Consumption, First.AddDays(-1), First.AddDays(10), CancellationToken.None);
    }

    /// <summary>The stored sums are the sums of the stored values on the stored prices, field by field.</summary>
    private async Task AssertSumsOfStoredValuesAsync()
    {
        using var readings = new MeterReadings(Db);
        var (from, to) = (OsloTime.ToUtc(First.AddDays(-1)), OsloTime.ToUtc(First.AddDays(10)));
        var values = await readings.ReadAsync(_pointKey, FlowDirection.Consumption, from, to, CancellationToken.None);
        var prices = await new SpotPriceReader(Db).ReadAsync(PriceArea.NO5, from, to, CancellationToken.None);
        var expected = MeterDaySum.Of(_pointKey, FlowDirection.Consumption, PriceArea.NO5, values, prices, m => Support.StromstotteFor(m)?.ThresholdNokPerKwh);
        Assert.NotEmpty(expected);
        Assert.All(expected, d => Assert.NotNull(d.StromstotteThresholdNokPerKwh));
        Assert.Equivalent(expected, await StoredAsync(), strict: true);
    }

    /// <summary>Quarter-hours over [from, to), from 100 Wh rising by 1 Wh each.</summary>
    private static List<Reading> Values(DateOnly from, DateOnly to)
    {
        var values = new List<Reading>();
        var wh = 100;
        for (var t = OsloTime.ToUtc(from); t < OsloTime.ToUtc(to); t = t.AddMinutes(15))
        {
            values.Add(new Reading(t, MeterResolution.QuarterHour, wh++, MeterValueStatus.Measured));
        }

        return values;
    }

    /// <summary>Quarter-hour prices over [from, to) from <paramref name="start"/> NOK/kWh rising by 0.01 each.</summary>
    private static PriceSeries Prices(DateOnly from, DateOnly to, decimal start)
    {
        var prices = new List<SpotPrice>();
        var price = start;
        for (var t = OsloTime.ToUtc(from); t < OsloTime.ToUtc(to); t = t.AddMinutes(15))
        {
            prices.Add(new SpotPrice(t, 15, price));
            price += 0.01m;
        }

        return new PriceSeries(PriceArea.NO5, prices);
    }
}
