using System.Net;
using System.Net.Http.Headers;
using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Sharing;

[Collection(BrowserCollection.Name)]
public sealed class SharingJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_customer_makes_a_key_copies_it_an_app_uses_it_and_the_customer_takes_it_back()
    {
        await using var session = await fixture.NewSessionAsync("deling-av-data");
        await session.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = session.Page;
        await new PortalPage(page).LoginAsync("kari");

        await page.GetByRole(AriaRole.Link, new() { Name = "Deling av data", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Deling av data");
        await Accessibility.CheckPageAsync(page, 1280, "deling-av-data-1280");

        // A form sent without a name says so at the field, and makes nothing.
        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync(string.Empty);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lag nøkkel" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-errors")).ToContainTextAsync("Gi nøkkelen et navn");
        await Accessibility.AssertNoAxeViolationsAsync(page);

        await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Varmepumpa");
        await page.Locator("#Input_MeteringPoints input[type=checkbox]").First.CheckAsync();
        await page.GetByLabel("Kapasitetstrinn per måned").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lag nøkkel" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("new-token")).ToContainTextAsync("Vi viser den ikke igjen");
        await Accessibility.CheckPageAsync(page, 1280, "deling-av-data-ny-nokkel-1280");

        await page.GetByRole(AriaRole.Button, new() { Name = "Kopier nøkkelen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ny-kopiert")).ToHaveTextAsync("Nøkkelen er kopiert.");
        var token = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(await page.GetByTestId("new-token-value").InputValueAsync(), token);
        Assert.StartsWith("bkk_", token, StringComparison.Ordinal);

        // An app with the key, from outside the browser.
        using var app = new HttpClient { BaseAddress = fixture.BaseAddress };
        app.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var points = await app.GetAsync("/api/v1/metering-points");
        Assert.Equal(HttpStatusCode.OK, points.StatusCode);
        Assert.Contains("meteringPoints", await points.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The key is not on the page again; the list has it by its prefix, and it is taken back at once.
        await page.GotoAsync("/deling-av-data");
        Assert.DoesNotContain(token, await page.ContentAsync(), StringComparison.Ordinal);
        var row = page.Locator($"[data-prefix='{token[..12]}']");
        await row.GetByRole(AriaRole.Button, new() { Name = "Trekk tilbake" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved")).ToContainTextAsync("trukket tilbake");
        await Assertions.Expect(row.GetByTestId("token-status")).ToContainTextAsync("Trukket tilbake");
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.GetAsync("/api/v1/metering-points")).StatusCode);
        await Accessibility.AssertNoAxeViolationsAsync(page);
        session.Passed();
    }

    [Fact]
    public async Task The_sharing_page_and_the_API_reference_read_well_on_a_phone()
    {
        await using var session = await fixture.NewSessionAsync("deling-av-data-telefon", width: 375, height: 800);
        var page = session.Page;
        await page.GotoAsync("/api-dokumentasjon");
        await Assertions.Expect(page.GetByTestId("api-operation")).ToHaveCountAsync(5);
        await Accessibility.CheckPageAsync(page, 375, "api-dokumentasjon-375");
        await page.Locator("#op-GetMeterValues").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "api-dokumentasjon-375-verdier.png") });
        await new PortalPage(page).LoginAsync("per");
        await page.GotoAsync("/deling-av-data");
        await Accessibility.CheckPageAsync(page, 375, "deling-av-data-375");
        session.Passed();
    }
}
