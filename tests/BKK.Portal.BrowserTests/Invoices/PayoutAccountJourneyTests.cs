using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Invoices;

[Collection(BrowserCollection.Name)]
public sealed class PayoutAccountJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Per_sets_the_bakerys_payout_account_right_after_logging_in_and_sees_it_masked_and_held()
    {
        await using var session = await fixture.NewSessionAsync("utbetalingskonto", width: 375, height: 800);
        var page = session.Page;
        await new PortalPage(page).LoginAsync("per");
        await page.GetByRole(AriaRole.Link, new() { Name = "Betalinger", Exact = true }).ClickAsync();
        await page.GetByTestId("payout-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("payout-none")).ToBeVisibleAsync();
        await Accessibility.CheckPageAsync(page, 375, "utbetalingskonto-375");

        // A digit wrong: the check digit says so at the field.
        await page.GetByLabel("Kontonummer").FillAsync("8601 11 17948");
        await page.GetByLabel("Navn på kontoeieren").FillAsync("Bakke Bakeri AS");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre kontoen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_AccountNumber-feil")).ToContainTextAsync("kontrollsifferet");
        await Accessibility.CheckPageAsync(page, 375, "utbetalingskonto-feil-375");

        await page.GetByLabel("Kontonummer").FillAsync("8601 11 17947");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre kontoen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("payout-saved")).ToContainTextAsync("SMS og e-post");
        await Assertions.Expect(page.GetByTestId("payout-masked")).ToHaveTextAsync("Konto •••• •• •7947, som tilhører B**** B***** A*.");
        await Assertions.Expect(page.GetByTestId("payout-held")).ToContainTextAsync("vi betaler ikke ut til den før");
        await page.SetViewportSizeAsync(1280, 900);
        await Accessibility.CheckPageAsync(page, 1280, "utbetalingskonto-lagret-1280");
        session.Passed();
    }
}
