using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Localization;

/// <summary>
/// WCAG 2.1 AA (axe-core) on every page a visitor and a customer reach, in bokmål, nynorsk and English, on a
/// 320 px phone and a 1280 px screen; each page in the language the browser asked for, and saying so in
/// <c>&lt;html lang&gt;</c> (WCAG 3.1.1).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityInEveryLanguageTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("nb-NO", "nb", 320)]
    [InlineData("nb-NO", "nb", 1280)]
    [InlineData("nn-NO", "nn", 320)]
    [InlineData("nn-NO", "nn", 1280)]
    [InlineData("en-GB", "en", 320)]
    [InlineData("en-GB", "en", 1280)]
    public async Task Every_page_passes_axe_in_the_language_asked_for(string locale, string language, int width)
    {
        await using var session = await fixture.NewSessionAsync($"axe-{language}-{width}", width, 800, locale);
        var page = session.Page;
        var problems = new List<string>();
        var visited = 0;

        async Task CheckAsync(string url)
        {
            visited++;
            var slug = new string([.. url.Trim('/').Select(c => char.IsLetterOrDigit(c) ? c : '-')]);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{language}-{width}-{(slug.Length == 0 ? "oversikt" : slug)}.png"), FullPage = true });
            var lang = await page.EvaluateAsync<string>("() => document.documentElement.lang");
            if (lang != language)
            {
                problems.Add($"{url}: <html lang=\"{lang}\">");
            }

            try
            {
                await Accessibility.AssertNoAxeViolationsAsync(page);
            }
            catch (Xunit.Sdk.TrueException e)
            {
                problems.Add($"{url}: {e.Message}");
            }
        }

        await PortalPages.VisitEveryPageAsync(page, CheckAsync);

        Assert.True(visited >= 15, $"only {visited} pages were visited");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
        session.Passed();
    }
}
