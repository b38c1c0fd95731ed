using BKK.Portal.Application.Privacy;
using BKK.Portal.Application.Retention;
using BKK.Portal.Application.Sharing;
using BKK.Portal.Domain.Sharing;
using BKK.Portal.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Application.Tests.Retention;

/// <summary>Keys for sharing data go the catalogue's days after they ended (expired or taken back), and their daily calls the days after the day.</summary>
public sealed class ApiTokenRetentionTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public async Task A_key_goes_the_catalogues_days_after_it_expired_or_was_taken_back_and_a_live_one_stays_with_its_recent_calls()
    {
        using var demo = await DemoDatabase.SeedAsync();
        await using var database = await RetentionDatabase.CopyOfAsync(demo);
        var clock = new ManualClock(ManualClock.OsloNoon(Today));
        var now = clock.GetUtcNow().UtcDateTime;
        var days = BkkPrivacyCatalogue.Current.RetentionFor("sharing").DaysAfterRecord!.Value;
        await using (var db = database.Open())
        {
            var kari = await db.People.SingleAsync(p => p.Subject == DemoPeople.Kari);
            var grant = await db.AccessGrants.FirstAsync(g => g.PersonId == kari.Id);
            var point = await db.MeteringPoints.FirstAsync(m => m.CustomerRelationshipId == grant.CustomerRelationshipId);
            ApiToken Token(string name, DateTime created, DateTime expires) =>
                new(grant.CustomerRelationshipId, kari.Id, name, name.PadRight(ApiTokenSecret.PrefixLength, '_'), new byte[32], ApiScopes.MeterValues, [point.Id], created, expires);

            var live = Token("live", now.AddDays(-200), now.AddDays(100));
            var expiredLongAgo = Token("expired-old", now.AddDays(-300), now.AddDays(-days - 1));
            var expiredLately = Token("expired-new", now.AddDays(-300), now.AddDays(-days + 1));
            var revokedLongAgo = Token("revoked-old", now.AddDays(-200), now.AddDays(100));
            revokedLongAgo.Revoke(now.AddDays(-days - 1));
            var revokedLately = Token("revoked-new", now.AddDays(-200), now.AddDays(100));
            revokedLately.Revoke(now.AddDays(-days + 1));
            db.ApiTokens.AddRange(live, expiredLongAgo, expiredLately, revokedLongAgo, revokedLately);
            await db.SaveChangesAsync();
            db.ApiTokenUsages.AddRange(
                new ApiTokenUsage(live.Id, Today.AddDays(-days - 1), 5),
                new ApiTokenUsage(live.Id, Today.AddDays(-days + 1), 7),
                new ApiTokenUsage(live.Id, Today, 9));
            await db.SaveChangesAsync();
        }

        var report = await database.RunJobAsync(clock);

        await using var after = database.Open();
        Assert.Equal(["expired-new", "live", "revoked-new"], await after.ApiTokens.OrderBy(t => t.Name).Select(t => t.Name).ToListAsync());
        Assert.Equal([7L, 9L], await after.ApiTokenUsages.OrderBy(u => u.Day).Select(u => u.Calls).ToListAsync());
        Assert.Equal(2, report[RetentionItem.ApiTokens]);
        Assert.Equal(1, report[RetentionItem.ApiTokenUsages]);
        Assert.Empty(await after.Set<ApiTokenMeteringPoint>().Where(p => !after.ApiTokens.Any(t => t.Id == p.ApiTokenId)).ToListAsync());
    }
}
