using BKK.Portal.Application.Retention;
using BKK.Portal.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Application.Tests.Retention;

/// <summary>A request about a metering point (the HAN port) is case handling: it goes with its metering point, and does not keep it.</summary>
public sealed class ServiceRequestRetentionTests
{
    [Fact]
    public async Task A_request_goes_with_its_metering_point_when_the_ended_relationships_time_is_up()
    {
        using var demo = await DemoDatabase.SeedAsync();
        await using var database = await RetentionDatabase.CopyOfAsync(demo);
        int point;
        await using (var db = database.Open())
        {
            var ended = await db.CustomerRelationships.Where(r => r.EndDate != null).OrderBy(r => r.EndDate).FirstAsync();
            point = await db.MeteringPoints.Where(m => m.CustomerRelationshipId == ended.Id).Select(m => m.Id).FirstAsync();
            db.ServiceRequests.Add(new ServiceRequest(ended.Id, point, ServiceRequestKind.OpenHanPort, ended.EndDate!.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(-10)));
            await db.SaveChangesAsync();
        }

        // Past the accounting rule of the relationships that ended in the demo data.
        var report = await database.RunJobAsync(new ManualClock(ManualClock.OsloNoon(new DateOnly(2032, 6, 1))));

        await using var after = database.Open();
        Assert.False(await after.MeteringPoints.AnyAsync(m => m.Id == point));
        Assert.False(await after.ServiceRequests.AnyAsync());
        Assert.Equal(1, report[RetentionItem.ServiceRequests]);
    }
}
