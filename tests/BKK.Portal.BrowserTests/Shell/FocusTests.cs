using BKK.Portal.BrowserTests.Support;

namespace BKK.Portal.BrowserTests.Shell;

/// <summary>WCAG 2.4.7: every element the keyboard reaches shows that it has the focus.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FocusTests(BrowserFixture fixture)
{
    /// <summary>Tab stops checked per page: the header, the menu and well into the content.</summary>
    private const int TabStops = 60;

    [Fact]
    public async Task Every_element_the_keyboard_reaches_shows_a_visible_focus()
    {
        await using var session = await fixture.NewSessionAsync("focus", 1280, 900);
        var page = session.Page;
        var unseen = new List<string>();

        async Task TabThroughAsync(string url)
        {
            var seen = new HashSet<string>();
            for (var i = 0; i < TabStops; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focus = await page.EvaluateAsync<string[]>(
                    """
                    () => {
                        const e = document.activeElement;
                        if (!e || e === document.body) { return ['', 'yes']; }
                        const s = getComputedStyle(e);
                        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
                        const ring = s.boxShadow && s.boxShadow !== 'none';
                        const label = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 30) + '"';
                        return [label, outline || ring ? 'yes' : 'no'];
                    }
                    """);
                if (focus[0].Length == 0 || !seen.Add(focus[0]))
                {
                    break; // back at the start, or past the last element
                }

                if (focus[1] == "no")
                {
                    unseen.Add($"{url}: {focus[0]}");
                }
            }
        }

        await PortalPages.VisitEveryPageAsync(page, TabThroughAsync);

        Assert.True(unseen.Count == 0, "No visible focus on:\n" + string.Join('\n', unseen));
        session.Passed();
    }
}
