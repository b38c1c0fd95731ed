using BKK.Portal.Application.Privacy;
using BKK.Portal.Application.Retention;
using BKK.Portal.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Application.Tests.Retention;

/// <summary>
/// A customer's meter readings are consumption data: they go with their metering point. The photos sent with them go
/// the catalogue's days after the reading, but not while the reading waits for customer service's check.
/// </summary>
public sealed class RegisterReadingRetentionTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public async Task A_photo_goes_the_catalogues_days_after_its_reading_unless_the_reading_waits_for_a_check()
    {
        using var demo = await DemoDatabase.SeedAsync();
        await using var database = await RetentionDatabase.CopyOfAsync(demo);
        var clock = new ManualClock(ManualClock.OsloNoon(Today));
        var now = clock.GetUtcNow().UtcDateTime;
        var days = BkkPrivacyCatalogue.Current.RetentionFor("reading-photos").DaysAfterRecord!.Value;
        await using (var db = database.Open())
        {
            var point = await db.MeteringPoints.Where(m => !m.SendsValues).Select(m => m.Id).FirstAsync();
            var plausible = new RegisterReadingAssessment(10, false, RegisterReadingCheck.None);
            var unlikely = new RegisterReadingAssessment(null, false, RegisterReadingCheck.LowerThanLast);
            var old = RegisterReading.FromCustomer(point, Today.AddDays(-days - 2), 100, plausible, now.AddDays(-days - 1));
            var recent = RegisterReading.FromCustomer(point, Today.AddDays(-days + 2), 110, plausible, now.AddDays(-days + 1));
            var oldWaiting = RegisterReading.FromCustomer(point, Today.AddDays(-days - 5), 90, unlikely, now.AddDays(-days - 4));
            db.RegisterReadings.AddRange(old, recent, oldWaiting);
            await db.SaveChangesAsync();
            db.RegisterReadingPhotos.AddRange(new RegisterReadingPhoto(old.Id, [1]), new RegisterReadingPhoto(recent.Id, [2]), new RegisterReadingPhoto(oldWaiting.Id, [3]));
            await db.SaveChangesAsync();
        }

        var report = await database.RunJobAsync(clock);

        await using var after = database.Open();
        Assert.Equal([2, 3], (await after.RegisterReadingPhotos.Select(p => p.Jpeg).ToListAsync()).Select(j => (int)j[0]).Order());
        Assert.Equal(1, report[RetentionItem.RegisterReadingPhotos]);
        Assert.Equal(4, await after.RegisterReadings.CountAsync()); // the readings stay: consumption data (the demo's own and these three)
    }

    [Fact]
    public async Task Readings_and_their_photos_go_with_their_metering_point_when_the_ended_relationships_time_is_up()
    {
        using var demo = await DemoDatabase.SeedAsync();
        await using var database = await RetentionDatabase.CopyOfAsync(demo);
        int point;
        await using (var db = database.Open())
        {
            var ended = await db.CustomerRelationships.Where(r => r.EndDate != null).OrderBy(r => r.EndDate).FirstAsync();
            point = await db.MeteringPoints.Where(m => m.CustomerRelationshipId == ended.Id).Select(m => m.Id).FirstAsync();
            var reading = new RegisterReading(point, ended.EndDate!.Value.AddDays(-30), 4_321, RegisterReadingSource.Customer, DateTime.UtcNow.AddYears(-6));
            db.RegisterReadings.Add(reading);
            await db.SaveChangesAsync();
            var waiting = RegisterReading.FromCustomer(point, ended.EndDate!.Value, 4_000, new RegisterReadingAssessment(null, false, RegisterReadingCheck.LowerThanLast), DateTime.UtcNow.AddYears(-6));
            db.RegisterReadings.Add(waiting);
            await db.SaveChangesAsync();
            db.RegisterReadingPhotos.Add(new RegisterReadingPhoto(waiting.Id, [9]));
            await db.SaveChangesAsync();
        }

        // Past the accounting rule of the relationships that ended in the demo data.
        var report = await database.RunJobAsync(new ManualClock(ManualClock.OsloNoon(new DateOnly(2032, 6, 1))));

        await using var after = database.Open();
        Assert.False(await after.MeteringPoints.AnyAsync(m => m.Id == point));
        Assert.False(await after.RegisterReadings.AnyAsync(r => r.MeteringPointKey == point));
        Assert.False(await after.RegisterReadingPhotos.AnyAsync()); // the demo has no photo: only this one was there
        Assert.Equal(2, report[RetentionItem.RegisterReadings]);
    }
}
