
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Infrastructure.Consumption;
using BKK.Portal.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BKK.Portal.Infrastructure.Tests.Consumption;

public sealed class MeterReadingsTests
{
    [Fact]
    public async Task Hours_and_sums_read_from_sqlite_equal_the_domains_sums_of_the_values()
    {
        await using var database = await TestDatabase.CreateAsync();
        await new DemoDataSeeder(database.Db, TimeProvider.System, NullLogger<DemoDataSeeder>.Instance).SeedIfEmptyAsync(CancellationToken.None);
        var point = await database.Db.MeteringPoints.OrderBy(m => m.Id).FirstAsync();
        var readings = new MeterReadings(database.Db);
        // A year across the switch from hourly to quarter-hour values and both clock changes.
        var today = OsloTime.Today(TimeProvider.System);
        var from = OsloTime.ToUtc(today.AddYears(-2));
        var to = OsloTime.ToUtc(today);

        var values = await readings.ReadAsync(point.Id, FlowDirection.Consumption, from, to, CancellationToken.None);
        var hours = await readings.ReadHoursAsync(point.Id, FlowDirection.Consumption, from, to, CancellationToken.None);

        Assert.Contains(values, v => v.Resolution == Domain.Meters.MeterResolution.Hour);
        Assert.Contains(values, v => v.Resolution == Domain.Meters.MeterResolution.QuarterHour);
        Assert.Equal(ConsumptionAggregator.ToHours(values), hours);
        var months = ConsumptionAggregator.Aggregate(hours, today.AddYears(-2), today, BucketSize.Month);
        var sums = await readings.SumAsync(point.Id, FlowDirection.Consumption, ConsumptionAggregator.Edges(today.AddYears(-2), today, BucketSize.Month), CancellationToken.None);
        Assert.Equal(months.Select(m => m with { PeakHour = null }), sums);
        Assert.Contains(sums, m => m.Estimated > 0);
        Assert.Contains(sums, m => m.Missing > 0);
    }
}
