using BKK.Portal.Application.Privacy;
using BKK.Portal.Application.Retention;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Privacy;
using BKK.Portal.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Application.Tests.Retention;

/// <summary>The retention job as an operator meets it: runs that repeat, crash, compete, and follow the catalogue.</summary>
public sealed class RetentionRunTests
{
    private static readonly DateOnly Today = DemoDatabase.SeedDay;

    /// <summary>Past the accounting rule of relationships that ended in 2026 (from 2032-01-01).</summary>
    private static readonly DateOnly Later = new(2032, 6, 1);

    [Fact]
    public async Task A_second_run_changes_nothing_and_a_run_that_crashed_midway_then_ran_again_ends_where_one_clean_run_does()
    {
        using var demo = await DemoDatabase.SeedAsync();
        await using var clean = await RetentionDatabase.CopyOfAsync(demo);
        await using var crashed = await RetentionDatabase.CopyOfAsync(demo);
        await EndThisYearAsync(clean);
        await EndThisYearAsync(crashed);
        var clock = new ManualClock(ManualClock.OsloNoon(Later));
        var untouched = await crashed.FingerprintAsync();
        var ingridValuesBefore = await MeterValuesOfAsync(crashed, "10000033");

        var first = await clean.RunJobAsync(clock);
        var afterFirst = await clean.FingerprintAsync();
        var second = await clean.RunJobAsync(clock);

        Assert.Equal(RetentionRunOutcome.Completed, first.Outcome);
        Assert.True(first[RetentionItem.MeterValues] > 0 && first[RetentionItem.Relationships] == 4 && first[RetentionItem.People] == 3, first.ToJson());
        Assert.Equal(0, second.Total);
        Assert.Equal(afterFirst, await clean.FingerprintAsync());

        // The second relationship's transaction fails half-way (its meter values deleted, then the crash at
        // the delete of its invoices): the first relationship stays done, the second stays whole.
        var failed = await crashed.RunJobAsync(clock, interceptors: new FailingCommand("DELETE FROM \"Invoices\"", fromNth: 2));
        Assert.Equal(RetentionRunOutcome.Failed, failed.Outcome);
        Assert.Equal(0, await MeterValuesOfAsync(crashed, "10000017"));
        Assert.Equal(ingridValuesBefore, await MeterValuesOfAsync(crashed, "10000033"));
        var half = await crashed.FingerprintAsync();
        Assert.NotEqual(untouched, half);
        Assert.NotEqual(afterFirst, half);

        // A killed process lets go of nothing: its lease stays until it runs out, and runs before that are skipped.
        await using (var killed = crashed.Open())
        {
            await killed.JobLeases.ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, "killed-instance").SetProperty(l => l.ExpiresUtc, clock.Now.UtcDateTime + new RetentionOptions().LeaseDuration));
        }

        Assert.Equal(RetentionRunOutcome.Skipped, (await crashed.RunJobAsync(clock)).Outcome);
        Assert.Equal(half, await crashed.FingerprintAsync());
        clock.Now += new RetentionOptions().LeaseDuration;

        var rerun = await crashed.RunJobAsync(clock);
        Assert.Equal(RetentionRunOutcome.Completed, rerun.Outcome);
        Assert.Equal(afterFirst, await crashed.FingerprintAsync());

        // Every run is in the table, with counts and nothing that names anyone.
        await using var db = crashed.Open();
        var runs = await db.RetentionRuns.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal([RetentionRunOutcome.Failed, RetentionRunOutcome.Skipped, RetentionRunOutcome.Completed], runs.Select(r => r.Outcome));
        Assert.Contains("\"customer.relationships.deleted\":", runs[2].Counts, StringComparison.Ordinal);
        foreach (var name in new[] { "Kari", "Ingrid", "Ola", "Nils", "demo-" })
        {
            Assert.DoesNotContain(name, string.Concat(runs.Select(r => r.Counts + r.Instance)), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Logins_that_have_ended_are_removed_and_live_ones_stay()
    {
        using var demo = await DemoDatabase.SeedAsync();
        await using var database = await RetentionDatabase.CopyOfAsync(demo);
        var clock = new ManualClock(ManualClock.OsloNoon(Today));
        var now = clock.GetUtcNow().UtcDateTime;
        await using (var db = database.Open())
        {
            db.LoginSessions.AddRange(
                new LoginSession("LIVE", DemoPeople.Kari, [1], now.AddMinutes(-10), now.AddHours(23)),
                new LoginSession("IDLE", DemoPeople.Kari, [1], now.AddMinutes(-31), now.AddHours(23)),
                new LoginSession("OVER", DemoPeople.Ola, [1], now.AddHours(-25), now.AddHours(-1)));
            await db.SaveChangesAsync();
        }

        var report = await database.RunJobAsync(clock);

        await using var after = database.Open();
        Assert.Equal(["LIVE"], await after.LoginSessions.Select(s => s.KeyHash).ToListAsync());
        Assert.Equal(2, report[RetentionItem.LoginSessions]);
    }

    [Fact]
    public async Task A_visitors_chat_never_attached_goes_by_the_customer_data_rule_from_its_last_message()
    {
        using var demo = await DemoDatabase.SeedAsync();
        await using var database = await RetentionDatabase.CopyOfAsync(demo);
        var clock = new ManualClock(ManualClock.OsloNoon(Today));
        int oldId, newId;
        await using (var db = database.Open())
        {
            Domain.Inquiries.Inquiry Chat(DateOnly day, string text)
            {
                var at = ManualClock.OsloNoon(day);
                var inquiry = Domain.Inquiries.Inquiry.FromChat(null, Domain.Inquiries.InquiryTopic.PowerOutage, "Vera", at);
                inquiry.AddChatLine(Domain.Inquiries.InquiryAuthor.Customer, "Vera", text, at.UtcDateTime, null);
                return inquiry;
            }

            var old = Chat(Today.AddYears(-7), "Strømmen er borte.");
            var recent = Chat(Today.AddDays(-3), "Strømmen er borte igjen.");
            db.Inquiries.AddRange(old, recent);
            await db.SaveChangesAsync();
            (oldId, newId) = (old.Id, recent.Id);
        }

        var report = await database.RunJobAsync(clock);

        await using var after = database.Open();
        Assert.Equal([newId], await after.Inquiries.Where(i => i.Id == oldId || i.Id == newId).Select(i => i.Id).ToListAsync());
        Assert.True(report[RetentionItem.Inquiries] >= 1);
    }

    [Fact]
    public async Task Only_the_instance_holding_the_lease_runs_and_a_dead_instances_lease_runs_out()
    {
        using var demo = await DemoDatabase.SeedAsync();
        await using var database = await RetentionDatabase.CopyOfAsync(demo);
        var clock = new ManualClock(ManualClock.OsloNoon(Today));
        await using (var db = database.Open())
        {
            db.JobLeases.Add(new JobLease(RetentionJob.LeaseName, "another-instance", clock.GetUtcNow().UtcDateTime.AddMinutes(10)));
            await db.SaveChangesAsync();
        }

        var before = await database.FingerprintAsync();

        var skipped = await database.RunJobAsync(clock);
        Assert.Equal(RetentionRunOutcome.Skipped, skipped.Outcome);
        Assert.Equal(before, await database.FingerprintAsync());

        clock.Now = clock.Now.AddMinutes(11); // the other instance died without letting go
        var taken = await database.RunJobAsync(clock);
        Assert.Equal(RetentionRunOutcome.Completed, taken.Outcome);
        Assert.Equal(1, taken[RetentionItem.Relationships]); // the demo's former customer
        await using var check = database.Open();
        Assert.Equal([RetentionRunOutcome.Skipped, RetentionRunOutcome.Completed], await check.RetentionRuns.OrderBy(r => r.Id).Select(r => r.Outcome).ToListAsync());
    }

    [Fact]
    public async Task A_dry_run_counts_what_a_run_does_and_changes_nothing()
    {
        using var demo = await DemoDatabase.SeedAsync();
        await using var database = await RetentionDatabase.CopyOfAsync(demo);
        await EndThisYearAsync(database);
        var clock = new ManualClock(ManualClock.OsloNoon(Later));
        var before = await database.FingerprintAsync();

        var dry = await database.RunJobAsync(clock, dryRun: true);
        Assert.Equal(before, await database.FingerprintAsync());
        var run = await database.RunJobAsync(clock);

        Assert.True(dry.Total > 0);
        Assert.Equal(run.ToJson(), dry.ToJson());
        Assert.Contains("prøvekjøring: ingenting er endret", dry.ToTable(BkkPrivacyCatalogue.Current), StringComparison.Ordinal);
    }

    /// <summary>Kari's home, Ingrid's, Ola's and the bakery's relationships end in 2026 with everything paid but the bakery's debt case.</summary>
    private static async Task EndThisYearAsync(RetentionDatabase database)
    {
        await using var db = database.Open();
        var ends = new Dictionary<string, DateOnly> { ["10000017"] = new(2026, 11, 30), ["10000033"] = new(2026, 12, 31), ["10000041"] = new(2026, 11, 30), ["20000016"] = new(2026, 12, 31) };
        foreach (var relationship in await db.CustomerRelationships.ToListAsync())
        {
            if (ends.TryGetValue(relationship.CustomerNumber.Value, out var end))
            {
                relationship.End(end);
            }
        }

        await RetentionDatabase.PayOpenInvoicesAsync(db, i => !i.SentToDebtCollection, new DateOnly(2027, 1, 10));

        await db.SaveChangesAsync();
    }

    private static async Task<int> MeterValuesOfAsync(RetentionDatabase database, string customerNumber)
    {
        await using var db = database.Open();
        var number = CustomerNumber.Parse(customerNumber).GetValueOrThrow();
        var points = await db.MeteringPoints.Where(m => db.CustomerRelationships.Any(r => r.Id == m.CustomerRelationshipId && r.CustomerNumber == number)).Select(m => m.Id).ToListAsync();
        return await db.MeterValues.CountAsync(v => points.Contains(v.MeteringPointKey));
    }
}
