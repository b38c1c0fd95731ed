using System.Net;
using BKK.Portal.Application.Access;
using BKK.Portal.Application.Prices;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Prices;

/// <summary>
/// The month so far is billed by the invoices' own code: for a month that is over, its figures are the invoice's
/// lines to the øre. And the pages that show what power costs: the overview, the kr view, Norgespris against spot.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PowerCostPageTests(PortalFactory factory)
{
    [Fact]
    public async Task For_a_closed_month_the_month_so_far_is_the_invoice_line_by_line_to_the_ore()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        var owners = await db.AccessGrants.Where(g => g.Level == Domain.Access.AccessLevel.Owner)
            .Select(g => new { g.CustomerRelationshipId, g.Person.Subject, g.Relationship.CustomerNumber }).ToListAsync();
        var gsrns = await db.MeteringPoints.ToDictionaryAsync(m => m.Id, m => m.MeteringPointId.Value);
        // The last twelve months of every invoiced metering point: hourly and quarter-hour meters, quarter-hour
        // prices, strømstøtte, Norgespris (Ola), a business, and a month whose invoice also bills deferral interest.
        var since = OsloTime.Today(TimeProvider.System).AddMonths(-13);
        var invoices = await db.Invoices.AsNoTracking().Include(i => i.Lines).Where(i => i.PeriodStart >= since).ToListAsync();
        Assert.Contains(invoices, i => i.Lines.Any(l => l.Kind == InvoiceLineKind.Norgespris));
        Assert.Contains(invoices, i => i.Lines.Any(l => l.Kind == InvoiceLineKind.Stromstotte));

        foreach (var invoice in invoices)
        {
            var owner = owners.First(o => o.CustomerRelationshipId == invoice.CustomerRelationshipId);
            var relationship = await services.GetRequiredService<RelationshipAccessService>().AuthorizeAsync(owner.Subject, owner.CustomerNumber, CancellationToken.None);
            var months = await services.GetRequiredService<MonthSoFarQuery>().GetAsync(relationship, OsloTime.ToUtc(invoice.PeriodStart.AddMonths(1)), CancellationToken.None);
            var soFar = months.Single(m => m.MeteringPoint.Id == gsrns[invoice.MeteringPointKey]);

            var billed = invoice.Lines.Where(l => l.Kind != InvoiceLineKind.DeferralInterest).Select(l => (l.Kind, l.Quantity, l.UnitPriceNok, l.AmountExclVat));
            Assert.Equal(billed, soFar.SoFar.Lines.Select(l => (l.Kind, l.Quantity, l.UnitPriceNok, l.AmountExclVat)));
            var interest = invoice.Lines.Where(l => l.Kind == InvoiceLineKind.DeferralInterest).Sum(l => l.AmountExclVat);
            Assert.Equal(invoice.AmountInclVat - interest, soFar.SoFar.AmountInclVat);
        }
    }

    [Fact]
    public async Task The_overview_account_lines_are_the_invoice_list_and_inquiry_list_figures_of_every_relationship()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        var owners = await db.AccessGrants.Where(g => g.Level == Domain.Access.AccessLevel.Owner)
            .Select(g => new { g.Person.Subject, g.Relationship.CustomerNumber }).ToListAsync();
        var invoices = services.GetRequiredService<Application.Invoices.InvoiceQuery>();
        var inquiries = services.GetRequiredService<Application.Inquiries.InquiryService>();
        var seen = new List<(decimal Owed, int Open, bool Partly)>();
        foreach (var owner in owners)
        {
            var relationship = await services.GetRequiredService<RelationshipAccessService>().AuthorizeAsync(owner.Subject, owner.CustomerNumber, CancellationToken.None);
            var list = await invoices.ListAsync(relationship, year: null, status: null, CancellationToken.None);
            var account = await invoices.AccountAsync(relationship, CancellationToken.None);
            Assert.Equal(list.TotalOwed, account.TotalOwed);
            Assert.Equal(list.NextDueDate, account.NextDueDate);
            Assert.Equal(list.InvoicedThroughSupplier, account.InvoicedThroughSupplier);
            Assert.Equal(list.Invoices.Count > 0 ? list.Invoices[0] with { Address = string.Empty } : null, account.Newest);
            var open = (await inquiries.ListAsync(relationship, CancellationToken.None)).Count(i => i.Status != Domain.Inquiries.InquiryStatus.Closed);
            Assert.Equal(open, await inquiries.CountOpenAsync(relationship, CancellationToken.None));
            seen.Add((account.TotalOwed, open, list.Invoices.Any(i => i.Status == InvoiceStatus.PartlyPaid)));
        }

        // The demo has what makes the comparison worth making: money owed, a partly paid invoice, open inquiries.
        Assert.Contains(seen, s => s.Owed > 0);
        Assert.Contains(seen, s => s.Partly);
        Assert.Contains(seen, s => s.Open > 0);
    }

    [Fact]
    public async Task Norgespris_against_spot_is_shown_for_homes_and_a_business_is_told_it_does_not_apply()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var page = await kari.GetPageAsync("/strompris");
        Assert.Equal(12, page.QuerySelectorAll("[data-testid=comparison-table] tbody tr").Length);
        Assert.NotNull(page.QuerySelector("[data-testid=conclusion]"));
        Assert.Null(page.QuerySelector("[data-testid=incomplete]")); // the demo has a price for every hour

        using var per = factory.CreatePortalClient();
        await per.LoginAsync("per");
        var business = await per.GetPageAsync("/strompris");
        Assert.NotNull(business.QuerySelector("[data-testid=not-applicable]"));
        Assert.Null(business.QuerySelector("[data-testid=comparison-table]"));

        var post = await per.Http.PostAsync("/strompris", new FormUrlEncodedContent([]));
        Assert.True(post.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest, $"POST /strompris: {post.StatusCode}");
    }

    [Fact]
    public async Task The_kr_view_refuses_an_unknown_view_and_shows_the_day_prices_only_with_kr()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var unknown = await kari.Http.GetAsync("/forbruk?vis=euro");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Ukjent visning", (await PortalClient.ParseAsync(unknown)).QuerySelector("[data-testid=consumption-error]")!.TextContent, StringComparison.Ordinal);

        var kwh = await kari.GetPageAsync("/forbruk?periode=dag");
        Assert.Null(kwh.QuerySelector("[data-testid=day-prices]"));
        Assert.Null(kwh.QuerySelector("[data-testid=period-cost]"));
        var kr = await kari.GetPageAsync("/forbruk?periode=dag&vis=kr");
        Assert.NotNull(kr.QuerySelector("[data-testid=period-cost]"));
        Assert.InRange(kr.QuerySelectorAll("[data-testid=day-prices] tbody tr").Length, 92, 100);
        Assert.Equal("kr", kr.QuerySelector("form.consumption-controls input[name=vis]")!.GetAttribute("value"));

        // The day the clocks went back: 100 quarter-hours, the repeated hour's quarters named summer and standard time.
        var autumn = await kari.GetPageAsync($"/forbruk?periode=dag&dato={LastClockChangeInAutumn():yyyy-MM-dd}&vis=kr");
        var times = autumn.QuerySelectorAll("[data-testid=day-prices] tbody th").Select(th => th.TextContent).ToList();
        Assert.Equal(100, times.Count);
        Assert.Contains("02:15–02:30 (sommertid)", times);
        Assert.Contains("02:15–02:30 (normaltid)", times);
    }

    /// <summary>The last Sunday of the last October that is over: the clocks went back that night.</summary>
    private static DateOnly LastClockChangeInAutumn()
    {
        var today = OsloTime.Today(TimeProvider.System);
        var year = today.Month > 10 ? today.Year : today.Year - 1;
        var day = new DateOnly(year, 10, 31);
        return day.AddDays(-(int)day.DayOfWeek);
    }
}
