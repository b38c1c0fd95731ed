using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Installations;

[Collection(BrowserCollection.Name)]
public sealed class HanPortJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_customer_asks_to_open_the_HAN_port_customer_service_marks_it_done_and_the_customer_sees_it_open()
    {
        await using var customer = await fixture.NewSessionAsync("han-port-kunde", width: 375, height: 800);
        var page = customer.Page;
        await new PortalPage(page).LoginAsync("per");
        await page.GetByRole(AriaRole.Link, new() { Name = "Anlegg", Exact = true }).ClickAsync();
        var row = page.GetByTestId("han-row").First;
        var point = await row.GetAttributeAsync("data-metering-point");
        await Assertions.Expect(row.GetByTestId("han-state")).ToHaveTextAsync("Stengt");
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Be om å åpne") }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved")).ToContainTextAsync("fem virkedager");
        await Assertions.Expect(page.Locator($"[data-metering-point='{point}'] [data-testid=han-state]")).ToContainTextAsync("Du ba om å åpne den");
        await Accessibility.CheckPageAsync(page, 375, "anlegg-han-375");

        await using var staff = await fixture.NewSessionAsync("han-port-kundeservice");
        var staffPage = staff.Page;
        await staffPage.GotoAsync("/kundeservice");
        await new PortalPage(staffPage).SubmitLoginAsync("kundeservice2");
        await staffPage.GetByRole(AriaRole.Link, new() { Name = "Forespørsler", Exact = true }).ClickAsync();
        var request = staffPage.GetByTestId("request-row").Filter(new() { HasText = FormattedId(point!) });
        await Assertions.Expect(request).ToContainTextAsync("Åpne HAN-porten");
        await Accessibility.CheckPageAsync(staffPage, 1280, "kundeservice-foresporsler-1280");
        await request.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(staffPage.GetByTestId("saved")).ToContainTextAsync("merket utført");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator($"[data-metering-point='{point}'] [data-testid=han-state]")).ToHaveTextAsync("Åpen");
        await Assertions.Expect(page.Locator($"[data-metering-point='{point}']").GetByRole(AriaRole.Button)).ToContainTextAsync("Be om å stenge");
        customer.Passed();
        staff.Passed();
    }

    private static string FormattedId(string id) => string.Join(' ', Enumerable.Range(0, 6).Select(i => id.Substring(i * 3, 3)));
}
