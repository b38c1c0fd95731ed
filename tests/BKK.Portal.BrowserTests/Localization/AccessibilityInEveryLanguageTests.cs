using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Localization;

/// <summary>
/// WCAG 2.1 AA (axe-core) on every page a visitor and a customer reach, in bokmål, nynorsk and English, on a
/// 1280 px screen and (bokmål) a 320 px phone (<see cref="RunsAxe"/>); each page in the language the browser asked for, and saying so in
/// <c>&lt;html lang&gt;</c> (WCAG 3.1.1); with no sideways scrolling at 320 px (WCAG 1.4.10, longer English and
/// nynorsk words included) and headings in order.
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

            if (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") > width)
            {
                problems.Add($"{url}: scrolls sideways at {width} px");
            }

            if (await HeadingProblemAsync(page) is { Length: > 0 } headings)
            {
                problems.Add($"{url}: {headings}");
            }

            if (!RunsAxe(language, width))
            {
                return;
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

    /// <summary>
    /// Axe runs on every page in every language on the screen, and in bokmål on the phone too. On the phone in nynorsk
    /// and English the language, the headings and reflow are checked: the layout and its rules are the same in every
    /// language, only the words' lengths differ (and axe is most of this test's time, which CI keeps under 20 minutes).
    /// </summary>
    private static bool RunsAxe(string language, int width) => width > 320 || language == "nb";

    /// <summary>
    /// Headings in order (WCAG 1.3.1, 2.4.6): one h1, before any other heading, and no level skipped on the way
    /// down (an h2 may follow an h4, an h4 may not follow an h2). Empty when in order.
    /// </summary>
    private static Task<string> HeadingProblemAsync(IPage page) =>
        page.EvaluateAsync<string>(
            """
            () => {
                const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
                    .filter(h => !h.closest('[hidden]'))
                    .map(h => Number(h.tagName[1]));
                if (levels.filter(l => l === 1).length !== 1) { return `${levels.filter(l => l === 1).length} h1 headings`; }
                if (levels[0] !== 1) { return `the first heading is an h${levels[0]}, not the h1`; }
                const skip = levels.findIndex((l, i) => i > 0 && l > levels[i - 1] + 1);
                return skip < 0 ? '' : `an h${levels[skip]} follows an h${levels[skip - 1]}`;
            }
            """);
}
