using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Support;

/// <summary>Checks a page the way the law asks of Norwegian websites: WCAG 2.1 AA (axe-core), and a phone width.</summary>
public static class Accessibility
{
    public static async Task AssertNoAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0,
            string.Join('\n', result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target))})")));
    }

    public static async Task AssertNoSidewaysScrollAsync(IPage page, int width)
    {
        var pageWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(pageWidth <= width, $"The page is {pageWidth} px wide: it scrolls sideways on a phone.");
    }

    /// <summary>A screenshot under bin/…/screenshots (to look at), then no sideways scrolling at the width and no axe violation.</summary>
    public static async Task CheckPageAsync(IPage page, int width, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png"), FullPage = true });
        await AssertNoSidewaysScrollAsync(page, width);
        await AssertNoAxeViolationsAsync(page);
    }
}
