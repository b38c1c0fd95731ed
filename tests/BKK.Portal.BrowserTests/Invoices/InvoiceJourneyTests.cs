using System.Globalization;
using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace BKK.Portal.BrowserTests.Invoices;

[Collection(BrowserCollection.Name)]
public sealed class InvoiceJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Customer_filters_by_status_opens_an_invoice_and_downloads_its_pdf()
    {
        await using var session = await fixture.NewSessionAsync(nameof(Customer_filters_by_status_opens_an_invoice_and_downloads_its_pdf));
        var page = session.Page;
        var portal = new PortalPage(page);
        await portal.LoginAsync("ola");

        await page.GetByRole(AriaRole.Link, new() { Name = "Fakturaer", Exact = true }).ClickAsync();
        await Assertions.Expect(portal.Heading).ToHaveTextAsync("Fakturaer");
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Forfalt" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync(["Forfalt"]);

        var link = page.GetByTestId("invoice-table").Locator("tbody th a");
        var number = await link.TextContentAsync();
        await link.ClickAsync();
        await Assertions.Expect(portal.Heading).ToHaveTextAsync($"Faktura {number}");
        await Assertions.Expect(page.GetByTestId("invoice-status")).ToHaveTextAsync("Forfalt");
        var kid = await page.GetByTestId("kid").TextContentAsync();
        var total = (await page.GetByTestId("invoice-total").TextContentAsync())!.Replace(" kr", "", StringComparison.Ordinal);
        var due = (await page.GetByTestId("due-date").TextContentAsync())!;

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Last ned faktura (PDF)" }).ClickAsync());
        Assert.Equal($"faktura-{number}.pdf", download.SuggestedFilename);
        using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync((await download.PathAsync())!));
        var text = string.Join('\n', pdf.GetPages().Select(p => p.Text));
        Assert.Contains(number!, text, StringComparison.Ordinal);
        Assert.Contains(kid!, text, StringComparison.Ordinal);
        Assert.Contains(Spaces(total), Spaces(text), StringComparison.Ordinal);
        var dueDate = DateOnly.ParseExact(due, "d. MMMM yyyy", CultureInfo.GetCultureInfo("nb-NO"));
        Assert.Contains(dueDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        session.Passed();
    }

    [Fact]
    public async Task Invoice_pages_meet_wcag_21_aa_on_a_375_px_phone_and_deferral_works_with_the_keyboard()
    {
        await using var session = await fixture.NewSessionAsync(nameof(Invoice_pages_meet_wcag_21_aa_on_a_375_px_phone_and_deferral_works_with_the_keyboard), 375, 812);
        var page = session.Page;
        await new PortalPage(page).LoginAsync("kari");

        await page.GotoAsync("/fakturaer");
        await Accessibility.AssertNoSidewaysScrollAsync(page, 375);
        await Accessibility.AssertNoAxeViolationsAsync(page);

        await page.GotoAsync("/betalinger");
        await Assertions.Expect(page.GetByTestId("payment-table")).ToBeVisibleAsync();
        await Accessibility.AssertNoSidewaysScrollAsync(page, 375);
        await Accessibility.AssertNoAxeViolationsAsync(page);

        await page.GotoAsync("/fakturaer?status=ikke-forfalt");
        await page.GetByTestId("invoice-table").Locator("tbody th a").First.ClickAsync();
        await Accessibility.AssertNoSidewaysScrollAsync(page, 375);
        await Accessibility.AssertNoAxeViolationsAsync(page);

        // Keyboard only: the date field takes the date, Enter sends the form, the answer comes at once.
        var date = page.GetByLabel("Ny forfallsdato");
        var due = DateOnly.ParseExact((await date.GetAttributeAsync("min"))!, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1);
        await date.FocusAsync();
        await date.FillAsync(due.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("deferral-answer")).ToContainTextAsync("Ny forfallsdato er " + due.AddDays(14).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("deferral-interest")).ToContainTextAsync("på fakturaen etter denne");
        await Accessibility.AssertNoSidewaysScrollAsync(page, 375);
        await Accessibility.AssertNoAxeViolationsAsync(page);
        session.Passed();
    }

    /// <summary>Thousands are grouped with a no-break space on the page; the PDF text may have a plain one.</summary>
    private static string Spaces(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');
}
