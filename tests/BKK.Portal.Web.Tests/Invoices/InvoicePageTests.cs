using System.Globalization;
using System.Net;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Application.Invoices;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Domain.Prices;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace BKK.Portal.Web.Tests.Invoices;

[Collection(PortalCollection.Name)]
public sealed class InvoicePageTests(PortalFactory factory)
{
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    [Fact]
    public async Task Invoices_are_listed_newest_first_with_what_is_owed_and_filter_by_status()
    {
        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");

        var page = await ola.GetPageAsync("/fakturaer");
        var numbers = page.QuerySelectorAll("[data-testid=invoice-table] tbody th a").Select(a => a.TextContent).ToList();
        Assert.True(numbers.Count >= 35);
        Assert.Equal(numbers.OrderDescending(), numbers);
        Assert.NotEqual("0,00 kr", page.QuerySelector("[data-testid=total-owed]")!.TextContent);

        var overdue = await ola.GetPageAsync("/fakturaer?status=forfalt");
        Assert.Equal(["Forfalt"], overdue.QuerySelectorAll("[data-testid=invoice-status]").Select(s => s.TextContent));
    }

    [Theory]
    [InlineData("ar=abc", "Ugyldig år")]
    [InlineData("status=ubetalt", "Ukjent status")]
    public async Task Bad_filters_get_a_norwegian_message(string query, string message)
    {
        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");

        var response = await ola.Http.GetAsync("/fakturaer?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=invoices-error]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_invoice_of_another_relationship_and_unknown_and_malformed_numbers_get_the_same_404()
    {
        List<Invoice> foreign;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var karis = await db.AccessGrants.Where(g => g.Person.Subject == Infrastructure.DemoData.DemoPeople.Kari).Select(g => g.CustomerRelationshipId).ToListAsync();
            foreign = await db.Invoices.AsNoTracking().Where(i => !karis.Contains(i.CustomerRelationshipId)).ToListAsync();
        }

        Assert.True(foreign.Count >= 4 * 35, $"the invoices of Ola, Ingrid and the bakery, got {foreign.Count}");
        using var kari = factory.CreatePortalClient();
        var overview = await PortalClient.ParseAsync(await kari.LoginAsync("kari"));
        // The page's main content without the request's reference; the rest differs per request (nonces, tokens).
        static async Task<string> MainOf(HttpResponseMessage response)
        {
            var main = (await PortalClient.ParseAsync(response)).QuerySelector("main")!;
            foreach (var reference in main.QuerySelectorAll("code"))
            {
                reference.Remove();
            }

            return main.TextContent;
        }

        var notFound = await MainOf(await kari.Http.GetAsync("/fakturaer/99999999"));
        Assert.Contains("finnes ikke", notFound, StringComparison.OrdinalIgnoreCase);

        foreach (var invoice in foreign)
        {
            foreach (var url in new[] { $"/fakturaer/{invoice.Number}", $"/fakturaer/{invoice.Number}/pdf" })
            {
                var response = await kari.Http.GetAsync(url);
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                var body = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain(invoice.Kid.Value, body, StringComparison.Ordinal);
                Assert.DoesNotContain(invoice.Number, body, StringComparison.Ordinal);
                Assert.Equal(notFound, await MainOf(response));
            }
        }

        // Ola holds full access to his mother's relationship, but with his own chosen her invoices are not found either.
        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");
        var ingrids = await FirstInvoiceOfAsync("10000033");
        Assert.Equal(HttpStatusCode.NotFound, (await ola.Http.GetAsync($"/fakturaer/{ingrids.Number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ola.Http.GetAsync($"/fakturaer/{ingrids.Number}/pdf")).StatusCode);

        foreach (var url in new[] { "/fakturaer/12ab", "/fakturaer/99999999/pdf", "/fakturaer/1234567890123" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await kari.Http.GetAsync(url)).StatusCode);
        }

        var perInvoice = foreign[^1];
        var post = await kari.PostFormAsync($"/fakturaer/{perInvoice.Number}/Defer", overview,
            new Dictionary<string, string> { ["nyForfallsdato"] = perInvoice.DueDate.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, "form.switcher");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var check = factory.Services.CreateAsyncScope();
        Assert.Equal(perInvoice.DueDate, (await check.ServiceProvider.GetRequiredService<PortalDbContext>().Invoices.SingleAsync(i => i.Id == perInvoice.Id)).DueDate);
    }

    [Fact]
    public async Task The_pdf_holds_the_invoice_number_kid_total_and_due_date()
    {
        var invoice = await FirstInvoiceOfAsync("10000017");
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var response = await kari.Http.GetAsync($"/fakturaer/{invoice.Number}/pdf");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join('\n', pdf.GetPages().Select(p => p.Text));
        Assert.Contains(invoice.Number, text, StringComparison.Ordinal);
        Assert.Contains(invoice.Kid.Value, text, StringComparison.Ordinal);
        Assert.Contains(invoice.AmountInclVat.ToString("N2", Norwegian).Replace('\u00a0', ' '), text.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.Contains(invoice.DueDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nb", "Forfallsdato", "Energiledd dag")]
    [InlineData("nn", "Forfallsdato", "Energiledd dag (06–22 kvardagar)")]
    [InlineData("en", "Due date", "Energy charge, day")]
    public async Task The_pdf_is_in_the_language_of_the_page_and_says_so(string language, string label, string line)
    {
        var invoice = await FirstInvoiceOfAsync("10000017");
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var bytes = await kari.Http.GetByteArrayAsync($"/fakturaer/{invoice.Number}/pdf?lang={language}");

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join('\n', pdf.GetPages().Select(p => p.Text));
        Assert.Contains(label, text, StringComparison.Ordinal);
        Assert.Contains(line, text, StringComparison.Ordinal);
        Assert.Matches($@"/Lang\s*\({language}\)", System.Text.Encoding.Latin1.GetString(bytes));
    }

    [Fact]
    public async Task Payment_deferral_is_answered_at_once_and_given_once()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var invoices = await kari.GetPageAsync("/fakturaer?status=ikke-forfalt");
        var number = invoices.QuerySelector("[data-testid=invoice-table] tbody th a")!.TextContent;
        var detail = await kari.GetPageAsync($"/fakturaer/{number}");
        var due = DateOnly.ParseExact(detail.QuerySelector("#nyForfallsdato")!.GetAttribute("min")!, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1);

        var tooLate = await PortalClient.ParseAsync(await kari.PostFormAsync($"/fakturaer/{number}/Defer", detail,
            new Dictionary<string, string> { ["nyForfallsdato"] = due.AddDays(41).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, "form[action$='Defer']"));
        Assert.Contains("inntil 40 dager", tooLate.QuerySelector("[data-testid=deferral-answer]")!.TextContent, StringComparison.Ordinal);

        var granted = await PortalClient.ParseAsync(await kari.PostFormAsync($"/fakturaer/{number}/Defer", tooLate,
            new Dictionary<string, string> { ["nyForfallsdato"] = due.AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, "form[action$='Defer']"));
        Assert.Contains("Ny forfallsdato er " + due.AddDays(40).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), granted.QuerySelector("[data-testid=deferral-answer]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(granted.QuerySelector("form[action$='Defer']"));

        var again = await kari.GetPageAsync($"/fakturaer/{number}");
        Assert.Contains("utsatt fra", again.QuerySelector("[data-testid=due-date]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("form[action$='Defer']"));

        var second = await PortalClient.ParseAsync(await kari.PostFormAsync($"/fakturaer/{number}/Defer", detail,
            new Dictionary<string, string> { ["nyForfallsdato"] = due.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, "form[action$='Defer']"));
        Assert.Contains("allerede fått betalingsutsettelse", second.QuerySelector("[data-testid=deferral-answer]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(due.AddDays(40).ToString("d. MMMM yyyy", Norwegian), second.QuerySelector("[data-testid=due-date]")!.TextContent, StringComparison.Ordinal);

        // The next invoice of the metering point bills the interest the answer promised.
        await using var scope = factory.Services.CreateAsyncScope();
        var deferred = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Invoices.AsNoTracking().SingleAsync(i => i.Number == number);
        var nextMonth = deferred.PeriodStart.AddMonths(1);
        var readings = await scope.ServiceProvider.GetRequiredService<IMeterReadings>().ReadAsync(
            deferred.MeteringPointKey, FlowDirection.Consumption, OsloTime.ToUtc(nextMonth), OsloTime.ToUtc(nextMonth.AddMonths(1)), CancellationToken.None);
        var relationship = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().CustomerRelationships.SingleAsync(r => r.Id == deferred.CustomerRelationshipId);
        var next = await scope.ServiceProvider.GetRequiredService<MonthlyBilling>().BillAfterAsync(relationship, PriceArea.NO5, deferred, readings, CancellationToken.None);
        var interest = Assert.Single(next.Lines, l => l.Kind == InvoiceLineKind.DeferralInterest);
        Assert.True(deferred.DeferralInterest > 0);
        Assert.Equal(deferred.DeferralInterest, interest.AmountExclVat);
        Assert.Contains($"Renter på {deferred.DeferralInterest.ToString("N2", Norwegian)} kr", granted.QuerySelector("[data-testid=deferral-answer]")!.TextContent.Replace('\u00a0', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_invoiced_through_the_supplier_is_sent_to_the_supplier()
    {
        using var kari = factory.CreatePortalClient();
        var overview = await PortalClient.ParseAsync(await kari.LoginAsync("kari"));
        await kari.PostFormAsync("/kundeforhold/bytt", overview, new Dictionary<string, string> { ["kundenummer"] = "10000025" }, "form.switcher");

        foreach (var url in new[] { "/fakturaer", "/betalinger" })
        {
            var page = await kari.GetPageAsync(url);
            Assert.Contains("betalingsutsettelse finner du hos strømleverandøren", page.QuerySelector("[data-testid=through-supplier]")!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("table"));
        }
    }

    [Fact]
    public async Task Deferral_is_refused_while_another_invoice_is_overdue()
    {
        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");
        var open = await ola.GetPageAsync("/fakturaer?status=ikke-forfalt");
        var number = open.QuerySelector("[data-testid=invoice-table] tbody th a")!.TextContent;
        var detail = await ola.GetPageAsync($"/fakturaer/{number}");
        var due = await DueDateAsync(number);

        var answer = await PortalClient.ParseAsync(await ola.PostFormAsync($"/fakturaer/{number}/Defer", detail,
            new Dictionary<string, string> { ["nyForfallsdato"] = due.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, "form[action$='Defer']"));

        Assert.Contains("annen faktura som er forfalt", answer.QuerySelector("[data-testid=deferral-answer]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(due, await DueDateAsync(number));
    }

    [Fact]
    public async Task A_bad_date_gets_a_message_beside_the_field_and_a_page_that_has_no_such_handler_is_not_an_error()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("per"); // the bakery's newest invoices: other tests defer Kari's
        var paid = (await kari.GetPageAsync("/fakturaer?status=betalt")).QuerySelector("[data-testid=invoice-table] tbody th a")!.TextContent;
        var open = (await kari.GetPageAsync("/fakturaer?status=ikke-forfalt")).QuerySelector("[data-testid=invoice-table] tbody th a")!.TextContent;
        var openPage = await kari.GetPageAsync($"/fakturaer/{open}");

        foreach (var (number, bad) in new[] { (open, "31.12.2026"), (open, ""), (paid, "2026-13-01") })
        {
            var response = await kari.PostFormAsync($"/fakturaer/{number}/Defer", openPage, new Dictionary<string, string> { ["nyForfallsdato"] = bad }, "form[action$='Defer']");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await PortalClient.ParseAsync(response);
            Assert.Contains("gyldig dato", page.QuerySelector("[data-testid=deferral-error]")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal("true", (await PortalClient.ParseAsync(await kari.PostFormAsync($"/fakturaer/{open}/Defer", openPage,
            new Dictionary<string, string> { ["nyForfallsdato"] = "x" }, "form[action$='Defer']"))).QuerySelector("#nyForfallsdato")!.GetAttribute("aria-invalid"));

        // Back or reload after a deferral asks for GET /fakturaer/N/Defer: the invoice, not an error page.
        foreach (var handler in new[] { "Defer", "finnes-ikke" })
        {
            var back = await kari.GetPageAsync($"/fakturaer/{open}/{handler}");
            Assert.Equal($"Faktura {open}", back.QuerySelector("h1")!.TextContent);
        }

        var postWithoutHandler = await kari.PostFormAsync($"/fakturaer/{open}", openPage, new Dictionary<string, string> { ["nyForfallsdato"] = "2026-12-24" }, "form[action$='Defer']");
        Assert.Equal(HttpStatusCode.NotFound, postWithoutHandler.StatusCode);
    }

    [Fact]
    public async Task Two_deferrals_saved_at_once_cannot_both_move_the_due_date()
    {
        var invoice = await FirstInvoiceOfAsync("10000033");
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var one = await first.ServiceProvider.GetRequiredService<PortalDbContext>().Invoices.SingleAsync(i => i.Id == invoice.Id);
        var other = await second.ServiceProvider.GetRequiredService<PortalDbContext>().Invoices.SingleAsync(i => i.Id == invoice.Id);
        var original = one.DueDate;

        try
        {
            one.Defer(new DeferralDecision(true, original.AddDays(10), 1m, "ok"));
            other.Defer(new DeferralDecision(true, original.AddDays(40), 4m, "ok"));
            await first.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();

            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync());
            Assert.Equal(original.AddDays(10), await DueDateAsync(invoice.Number));
        }
        finally
        {
            await first.ServiceProvider.GetRequiredService<PortalDbContext>().Invoices.Where(i => i.Id == invoice.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.DueDate, original).SetProperty(i => i.OriginalDueDate, (DateOnly?)null).SetProperty(i => i.DeferralInterest, 0m));
        }
    }

    private async Task<DateOnly> DueDateAsync(string number)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Invoices.AsNoTracking().SingleAsync(i => i.Number == number)).DueDate;
    }

    [Fact]
    public async Task A_limited_grant_is_told_it_does_not_cover_invoices_and_sees_none()
    {
        var perInvoice = await FirstInvoiceOfAsync("20000016");
        await using (await PortalDatabase.GrantAsync(factory, Infrastructure.DemoData.DemoPeople.Ola, "20000016", AccessLevel.Limited))
        {
            using var ola = factory.CreatePortalClient();
            var overview = await PortalClient.ParseAsync(await ola.LoginAsync("ola"));
            var switched = await ola.PostFormAsync("/kundeforhold/bytt", overview, new Dictionary<string, string> { ["kundenummer"] = "20000016" }, "form.switcher");
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

            foreach (var url in new[] { "/fakturaer", "/betalinger" })
            {
                var page = await ola.GetPageAsync(url);
                Assert.NotNull(page.QuerySelector("[data-testid=limited-access]"));
                Assert.Null(page.QuerySelector("table"));
                Assert.DoesNotContain(perInvoice.Kid.Value, page.Body!.TextContent, StringComparison.Ordinal);
            }

            Assert.Equal(HttpStatusCode.NotFound, (await ola.Http.GetAsync($"/fakturaer/{perInvoice.Number}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await ola.Http.GetAsync($"/fakturaer/{perInvoice.Number}/pdf")).StatusCode);
        }
    }

    [Fact]
    public async Task Payment_history_lists_the_relationships_payments()
    {
        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");

        var page = await ola.GetPageAsync("/betalinger");

        Assert.True(page.QuerySelectorAll("[data-testid=payment-table] tbody tr").Length >= 30);
        Assert.Contains("AvtaleGiro", page.QuerySelector("[data-testid=payment-table]")!.TextContent, StringComparison.Ordinal);
    }

    private Task<Invoice> FirstInvoiceOfAsync(string customerNumber) => PortalDatabase.FirstInvoiceOfAsync(factory, customerNumber);
}
