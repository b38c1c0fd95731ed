using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Shell;

/// <summary>
/// WCAG 1.4.10 (reflow): every page reads at 320 CSS pixels wide (a 1280 px screen at 400 % zoom) and at
/// 640 (200 % zoom) without scrolling sideways; and WCAG 1.4.12 (text spacing): with the reader's own
/// line, letter, word and paragraph spacing, still no sideways scrolling at 320. Plain 320 px is checked, in all
/// three languages, by <see cref="Localization.AccessibilityInEveryLanguageTests"/>: not again here.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReflowTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(640, false)]
    [InlineData(320, true)]
    public async Task Every_page_reflows_without_horizontal_scrolling(int width, bool textSpacing)
    {
        var name = $"reflow-{width}{(textSpacing ? "-text-spacing" : string.Empty)}";
        await using var session = await fixture.NewSessionAsync(name, width, 800);
        var page = session.Page;
        var overflowing = new List<string>();

        async Task CheckAsync(string url)
        {
            if (textSpacing)
            {
                // The spacing WCAG 1.4.12 names, set through the CSSOM (the page's CSP refuses injected style sheets).
                await page.EvaluateAsync(
                    """
                    () => document.querySelectorAll('body *').forEach(e => {
                        e.style.setProperty('line-height', '1.5', 'important');
                        e.style.setProperty('letter-spacing', '0.12em', 'important');
                        e.style.setProperty('word-spacing', '0.16em', 'important');
                        if (e.tagName === 'P') { e.style.setProperty('margin-bottom', '2em', 'important'); }
                    })
                    """);
            }

            var slug = new string([.. url.Trim('/').Select(c => char.IsLetterOrDigit(c) ? c : '-')]);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{name}-{(slug.Length == 0 ? "oversikt" : slug)}.png"), FullPage = true });
            var (scroll, client) = await WidthsAsync(page);
            if (scroll > client)
            {
                overflowing.Add($"{url}: {scroll} px wide in a {client} px window, widest: {await WidestAsync(page, client)}");
            }
        }

        await PortalPages.VisitEveryPageAsync(page, CheckAsync);

        Assert.True(overflowing.Count == 0, string.Join('\n', overflowing));
        session.Passed();
    }

    private static async Task<(int Scroll, int Client)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        return (widths[0], widths[1]);
    }

    /// <summary>The narrowest elements that reach past the window's right edge (the likely cause), for the failure message.</summary>
    private static Task<string> WidestAsync(IPage page, int client) =>
        page.EvaluateAsync<string>(
            """
            (client) => [...document.querySelectorAll('body *')]
                .filter(e => !e.closest('thead') && (e.getBoundingClientRect().right > client + 1 || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible')))
                .sort((a, b) => a.getBoundingClientRect().width - b.getBoundingClientRect().width)
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right))
                .join(', ')
            """,
            client);
}
