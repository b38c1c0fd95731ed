using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Customers;

[Collection(BrowserCollection.Name)]
public sealed class MoveOutJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_holder_reports_moving_out_on_a_phone_and_sees_when_the_relationship_ends()
    {
        await using var session = await fixture.NewSessionAsync("flytting", width: 375, height: 800);
        var page = session.Page;
        await new PortalPage(page).LoginAsync("ingrid");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kundeforhold", Exact = true }).ClickAsync();
        await page.GetByTestId("move-out-link").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Flytting");
        await Accessibility.CheckPageAsync(page, 375, "flytting-375");

        // Sent without a choice: the message is at the field, and nothing ends.
        await page.GetByRole(AriaRole.Button, new() { Name = "Meld flytting" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-errors")).ToContainTextAsync("Velg datoen du flytter ut");
        await Accessibility.AssertNoAxeViolationsAsync(page);

        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);
        await page.GetByLabel("Siste dag på adressen").FillAsync(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Les av måleren for meg").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Meld flytting" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("move-out-date")).ToContainTextAsync("Kundeforholdet avsluttes");
        await Assertions.Expect(page.GetByTestId("move-out-form")).ToHaveCountAsync(0);
        await Accessibility.CheckPageAsync(page, 375, "flytting-meldt-375");
        session.Passed();
    }
}
