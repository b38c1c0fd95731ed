using BKK.Portal.Application.Privacy;
using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Notices;

/// <summary>
/// Driftsmeldinger in a browser: the operations centre publishes an outage for Ola's grid station through the form;
/// Ola sees the banner and the state on his overview; anybody sees it on /driftsmeldinger with only necessary
/// cookies; the operations centre closes it. Every page passes axe and fits a phone; Varsler too.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NoticeJourneyTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_operations_centre_publishes_an_outage_that_the_affected_customer_and_the_public_see(int width)
    {
        var text = $"Feil i nettstasjon ({width})";
        await using var operations = await fixture.NewSessionAsync($"notice-operations-{width}", width, 900);
        var page = operations.Page;
        await page.GotoAsync("/kundeservice/driftsmeldinger");
        await new PortalPage(page).SubmitLoginAsync("driftssentral");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Publiser driftsmeldinger");
        await Accessibility.CheckPageAsync(page, width, $"driftsmeldinger-publiser-{width}");

        await page.GetByTestId("new-notice").ClickAsync();
        await page.GetByLabel("Ventet ferdig (dato og klokkeslett)").FillAsync(DateTime.Now.AddHours(4).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Tekst på bokmål").FillAsync(text);
        await page.GetByLabel("Tekst på nynorsk").FillAsync(text);
        await page.GetByLabel("Tekst på engelsk").FillAsync($"A fault in a grid station ({width})");
        await page.GetByLabel("Nettstasjoner").FillAsync("NS-5058");
        await Accessibility.CheckPageAsync(page, width, $"driftsmeldinger-ny-{width}");
        await page.GetByTestId("save-notice").ClickAsync();
        await Assertions.Expect(page.GetByTestId("published")).ToBeVisibleAsync();
        await Accessibility.CheckPageAsync(page, width, $"driftsmeldinger-endre-{width}");
        var editUrl = page.Url.Split('?')[0];
        try
        {
            await SeenByOlaAndThePublicAsync(width, text);
        }
        finally
        {
            // Solved, whatever happened above: other tests see Ola's pages without this notice.
            await page.GotoAsync(editUrl);
            await page.GetByLabel("Løst").CheckAsync();
            await page.GetByTestId("save-notice").ClickAsync();
            await Assertions.Expect(page.GetByTestId("closed")).ToBeVisibleAsync();
        }

        // Solved: the banner goes.
        await using var after = await fixture.NewSessionAsync($"notice-ola-after-{width}", width, 900);
        await new PortalPage(after.Page).LoginAsync("ola");
        await Assertions.Expect(after.Page.GetByTestId("notice-banner")).ToHaveCountAsync(0);
        operations.Passed();
        after.Passed();
    }

    private async Task SeenByOlaAndThePublicAsync(int width, string text)
    {
        // Ola, whose flat is on NS-5058: the banner and the state of the point.
        await using var ola = await fixture.NewSessionAsync($"notice-ola-{width}", width, 900);
        await new PortalPage(ola.Page).LoginAsync("ola");
        await ola.Page.GotoAsync("/kundeforhold/10000041");
        await Assertions.Expect(ola.Page.GetByTestId("notice-banner")).ToContainTextAsync(text);
        await Assertions.Expect(ola.Page.GetByTestId("notice-banner")).ToContainTextAsync("Damsgårdsveien 88");
        await Assertions.Expect(ola.Page.GetByTestId("power-state").First).ToContainTextAsync("Strømbrudd: Meldt");
        await Accessibility.CheckPageAsync(ola.Page, width, $"driftsmeldinger-banner-{width}");
        await ola.Page.GotoAsync("/varsler");
        await Accessibility.CheckPageAsync(ola.Page, width, $"varsler-{width}");

        // Anybody: the public page, and no cookie but necessary ones.
        await using var visitor = await fixture.NewSessionAsync($"notice-visitor-{width}", width, 900);
        await visitor.Page.GotoAsync("/driftsmeldinger");
        await Assertions.Expect(visitor.Page.GetByTestId("current-notices")).ToContainTextAsync(text);
        await Assertions.Expect(visitor.Page.GetByTestId("current-notices")).ToContainTextAsync("NS-5058");
        await Accessibility.CheckPageAsync(visitor.Page, width, $"driftsmeldinger-offentlig-{width}");
        Assert.All(await visitor.Context.CookiesAsync(), c => Assert.Equal(CookieCategory.Necessary, BkkPrivacyCatalogue.Current.CookieFor(c.Name)!.Category));

        ola.Passed();
        visitor.Passed();
    }
}
