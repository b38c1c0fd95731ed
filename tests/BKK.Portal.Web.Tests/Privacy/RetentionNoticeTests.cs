using BKK.Portal.Application.Access;
using BKK.Portal.Application.Privacy;
using BKK.Portal.Application.Retention;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Web.Tests.Privacy;

/// <summary>The catalogue the portal is given is the one its notice shows and its retention job follows.</summary>
public sealed class RetentionNoticeTests
{
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
        RetentionJob Job(PrivacyCatalogue catalogue) => new(db, new MeterValueWriter(db), catalogue, clock, Options.Create(new RetentionOptions()), Options.Create(new LoginSessionOptions()), NullLogger<RetentionJob>.Instance);

        var underOriginal = await Job(original).RunAsync(dryRun: true, CancellationToken.None);
        var underCopy = await Job(scope.ServiceProvider.GetRequiredService<PrivacyCatalogue>()).RunAsync(dryRun: false, CancellationToken.None);

        Assert.Equal(1, underOriginal[RetentionItem.Relationships]); // only the demo's former customer
        Assert.Equal(2, underCopy[RetentionItem.Relationships]);
        Assert.False(await db.CustomerRelationships.AnyAsync(r => r.Id == cabin.Id));
        Assert.Equal(copy.Version, (await db.RetentionRuns.OrderBy(r => r.Id).LastAsync()).CatalogueVersion);
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
