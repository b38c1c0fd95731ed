using BKK.Portal.Application.Access;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Invoices;

[Collection(PortalCollection.Name)]
public sealed class DemoInvoiceTests(PortalFactory factory)
{
    [Fact]
    public async Task Every_demo_invoice_bills_the_capacity_step_and_the_kwh_the_forbruk_page_shows_for_its_month()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<PortalDbContext>();
        var invoices = await db.Invoices.AsNoTracking().Include(i => i.Lines).ToListAsync();
        var owners = await db.AccessGrants.Where(g => g.Level == Domain.Access.AccessLevel.Owner)
            .Select(g => new { g.CustomerRelationshipId, g.Person.Subject, g.Relationship.CustomerNumber }).ToListAsync();
        var gsrns = await db.MeteringPoints.ToDictionaryAsync(m => m.Id, m => m.MeteringPointId.Value);
        Assert.True(invoices.Count >= 6 * 35, $"three years of monthly invoices for six metering points (not the supplier-invoiced cabin), got {invoices.Count}");

        foreach (var invoice in invoices)
        {
            var owner = owners.First(o => o.CustomerRelationshipId == invoice.CustomerRelationshipId);
            var relationship = await services.GetRequiredService<RelationshipAccessService>().AuthorizeAsync(owner.Subject, owner.CustomerNumber, CancellationToken.None);
            var view = (await services.GetRequiredService<ConsumptionQuery>().GetAsync(
                relationship, gsrns[invoice.MeteringPointKey], ConsumptionPeriod.Containing(PeriodKind.Month, invoice.PeriodStart), FlowDirection.Consumption, withCost: false, CancellationToken.None))!;

            var capacity = invoice.Lines.Single(l => l.Kind == InvoiceLineKind.Capacity);
            var step = Assert.Single(view.Capacity).Step;
            Assert.Equal(Money.Round(step.MonthlyPriceNok / 1.25m), capacity.AmountExclVat);
            Assert.Contains(step.Label, capacity.Description, StringComparison.Ordinal);
            var energy = invoice.Lines.Where(l => l.Kind is InvoiceLineKind.EnergyDay or InvoiceLineKind.EnergyNight).Sum(l => l.Quantity);
            Assert.Equal(view.TotalKwh, energy);
            Assert.Equal(view.TotalKwh, invoice.EnergyKwh);
            Assert.Equal(invoice.Lines.Sum(l => l.AmountExclVat), invoice.AmountExclVat);
            Assert.Equal(invoice.AmountExclVat + invoice.Vat, invoice.AmountInclVat);
            Assert.True(Kid.Parse(invoice.Kid.Value).IsValid);
        }
    }

    [Fact]
    public async Task The_demo_has_paid_open_overdue_partly_paid_and_debt_collection_invoices()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var today = Domain.Common.OsloTime.Today(TimeProvider.System);

        var statuses = (await db.Invoices.AsNoTracking().Include(i => i.Payments).ToListAsync()).Select(i => i.StatusOn(today)).ToList();

        Assert.Contains(InvoiceStatus.Paid, statuses);
        Assert.Contains(InvoiceStatus.Open, statuses);
        Assert.Equal(1, statuses.Count(s => s == InvoiceStatus.Overdue));
        Assert.Equal(1, statuses.Count(s => s == InvoiceStatus.PartlyPaid));
        Assert.Equal(1, statuses.Count(s => s == InvoiceStatus.DebtCollection));
    }

    [Fact]
    public async Task The_demo_deferral_of_a_year_ago_is_billed_as_interest_on_the_next_invoice()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        // Other tests may defer the newest invoices of the shared database; the demo's is a year old.
        var aYearAgo = Domain.Common.OsloTime.Today(TimeProvider.System).AddMonths(-10);
        var deferred = Assert.Single(await db.Invoices.AsNoTracking().Where(i => i.OriginalDueDate != null && i.IssueDate < aYearAgo).ToListAsync());
        var next = await db.Invoices.AsNoTracking().Include(i => i.Lines)
            .SingleAsync(i => i.MeteringPointKey == deferred.MeteringPointKey && i.PeriodStart == deferred.PeriodStart.AddMonths(1));

        Assert.Equal(30, deferred.DueDate.DayNumber - deferred.OriginalDueDate!.Value.DayNumber);
        Assert.True(deferred.DeferralInterest > 0);
        var interest = Assert.Single(next.Lines, l => l.Kind == InvoiceLineKind.DeferralInterest);
        Assert.Equal(deferred.DeferralInterest, interest.AmountExclVat);
        Assert.Equal(Money.Round(deferred.AmountInclVat * 0.0875m * 30 / 365m), deferred.DeferralInterest);
    }

    [Fact]
    public async Task Homes_get_strømstøtte_ola_norgespris_since_october_2025_and_the_cabin_and_the_bakery_neither()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var byCustomer = (await db.Invoices.AsNoTracking().Include(i => i.Lines).ToListAsync())
            .Join(await db.CustomerRelationships.AsNoTracking().ToListAsync(), i => i.CustomerRelationshipId, r => r.Id, (i, r) => (Invoice: i, Customer: r.CustomerNumber.Value))
            .ToLookup(x => x.Customer, x => x.Invoice);
        static IEnumerable<InvoiceLineKind> Support(IEnumerable<Invoice> invoices) =>
            invoices.SelectMany(i => i.Lines).Select(l => l.Kind).Where(k => k is InvoiceLineKind.Stromstotte or InvoiceLineKind.Norgespris);

        foreach (var home in new[] { "10000017", "10000033" })
        {
            Assert.Contains(InvoiceLineKind.Stromstotte, Support(byCustomer[home]));
            Assert.DoesNotContain(InvoiceLineKind.Norgespris, Support(byCustomer[home]));
        }

        var norgespris = new DateOnly(2025, 10, 1);
        Assert.All(byCustomer["10000041"].Where(i => i.PeriodStart >= norgespris),
            i => Assert.Equal(InvoiceLineKind.Norgespris, Assert.Single(Support([i]))));
        Assert.DoesNotContain(InvoiceLineKind.Norgespris, Support(byCustomer["10000041"].Where(i => i.PeriodStart < norgespris)));
        Assert.Empty(byCustomer["10000025"]); // invoiced through the supplier
        Assert.Empty(Support(byCustomer["20000016"]));
        // A month whose support exceeds the grid charges is money to the customer: nothing to pay, nothing paid in.
        Assert.All(byCustomer.SelectMany(g => g).Where(i => i.AmountInclVat <= 0), i => Assert.Equal(0, i.AmountDue));
    }
}
