using BKK.Portal.Application.Privacy;
using BKK.Portal.Application.Retention;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Privacy;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Web.Tests.Privacy;

/// <summary>The retention job as an operator meets it: runs that repeat, crash, compete, and follow the catalogue.</summary>
public sealed class RetentionRunTests
{
    private static readonly DateOnly Today = RetentionPortalFactory.SeedDay;

    /// <summary>Past the accounting rule of relationships that ended in 2026 (from 2032-01-01).</summary>
    private static readonly DateOnly Later = new(2032, 6, 1);

    [Fact]
    public async Task A_second_run_changes_nothing_and_a_run_that_crashed_midway_then_ran_again_ends_where_one_clean_run_does()
    {
        await using var factory = new RetentionPortalFactory();
        await using var clean = await RetentionDatabase.CopyOfAsync(factory);
        await using var crashed = await RetentionDatabase.CopyOfAsync(factory);
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
        await using var factory = new RetentionPortalFactory();
        await using var database = await RetentionDatabase.CopyOfAsync(factory);
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
    public async Task Only_the_instance_holding_the_lease_runs_and_a_dead_instances_lease_runs_out()
    {
        await using var factory = new RetentionPortalFactory();
        await using var database = await RetentionDatabase.CopyOfAsync(factory);
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
        await using var factory = new RetentionPortalFactory();
        await using var database = await RetentionDatabase.CopyOfAsync(factory);
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

    [Fact]
    public async Task Changing_a_retention_period_in_a_copy_of_the_catalogue_changes_what_the_job_deletes_and_what_the_notice_says()
    {
        var original = BkkPrivacyCatalogue.Current;
        var copy = original with
        {
            Version = original.Version + "-kopi",
            RetentionRules = [.. original.RetentionRules.Select(r => r.YearsAfterRelationshipEnds == 5 ? r with { YearsAfterRelationshipEnds = 3 } : r)],
        };
        await using var factory = new CatalogueFactory(copy);
        using var visitor = factory.CreatePortalClient();

        var notice = (await PortalClient.ParseAsync(await visitor.Http.GetAsync("/personvern"))).QuerySelector("main")!.TextContent;
        Assert.Contains("og deretter i 3 år etter utgangen av regnskapsåret", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("i 5 år", notice, StringComparison.Ordinal);
        Assert.Contains("og deretter i 5 år etter utgangen av regnskapsåret", original.RetentionRules[0].Description.Nb, StringComparison.Ordinal);

        // Kari's cabin ended in June 2024: kept to the end of 2029 under 5 years, gone from 2028 under 3.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var cabin = await db.CustomerRelationships.SingleAsync(r => r.CustomerNumber == CustomerNumber.Parse("10000025").GetValueOrThrow());
        cabin.End(new DateOnly(2024, 6, 30));
        await db.SaveChangesAsync();
        var clock = new ManualClock(ManualClock.OsloNoon(new DateOnly(2028, 3, 1)));
        RetentionJob Job(PrivacyCatalogue catalogue) => new(db, catalogue, clock, Options.Create(new RetentionOptions()), Options.Create(new Application.Access.LoginSessionOptions()), NullLogger<RetentionJob>.Instance);

        var underOriginal = await Job(original).RunAsync(dryRun: true, CancellationToken.None);
        var underCopy = await Job(scope.ServiceProvider.GetRequiredService<PrivacyCatalogue>()).RunAsync(dryRun: false, CancellationToken.None);

        Assert.Equal(1, underOriginal[RetentionItem.Relationships]); // only the demo's former customer
        Assert.Equal(2, underCopy[RetentionItem.Relationships]);
        Assert.False(await db.CustomerRelationships.AnyAsync(r => r.Id == cabin.Id));
        Assert.Equal(copy.Version, (await db.RetentionRuns.OrderBy(r => r.Id).LastAsync()).CatalogueVersion);
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

    /// <summary>The portal with another privacy catalogue: the one the notice page, the consent and the job get from DI.</summary>
    private sealed class CatalogueFactory(PrivacyCatalogue catalogue) : RetentionPortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(catalogue));
        }
    }
}
