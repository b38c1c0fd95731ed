using System.Globalization;
using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Prices;

/// <summary>
/// What power costs now, as the customer sees it: the overview's month so far and capacity step to watch, and
/// Forbruk's kr view, whose chart (kr bars, spot price line) shows the numbers of its table. Every language
/// and width of these pages is checked with axe by <c>AccessibilityInEveryLanguageTests</c> too.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PowerCostTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("nb-NO", 375)]
    [InlineData("nn-NO", 1280)]
    [InlineData("en-GB", 1280)]
    public async Task The_overview_shows_the_month_so_far_and_the_capacity_step_to_watch(string locale, int width)
    {
        await using var session = await fixture.NewSessionAsync($"month-so-far-{locale}-{width}", width, 900, locale);
        var page = session.Page;
        await new PortalPage(page).LoginAsync("kari");

        var month = page.GetByTestId("month-card").First;
        await Assertions.Expect(month).ToBeVisibleAsync();
        Assert.Matches(@"\d", await month.GetByTestId("kwh-so-far").TextContentAsync());
        Assert.Matches(@"\d.*kr", await month.GetByTestId("grid-rent-so-far").TextContentAsync());
        await Assertions.Expect(month.GetByTestId("estimate-method")).ToBeVisibleAsync();
        var capacity = page.GetByTestId("capacity-card").First;
        await Assertions.Expect(capacity.GetByTestId("capacity-step")).ToContainTextAsync("kW");
        await Assertions.Expect(capacity.GetByTestId("capacity-room")).ToContainTextAsync("kW");
        Assert.InRange(await capacity.Locator("[data-testid=capacity-peaks] tbody tr").CountAsync(), 1, 3);

        // The lines behind the amount open with the keyboard alone.
        await month.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(month.GetByTestId("so-far-lines")).ToBeVisibleAsync();

        await Screenshot(page, $"oversikt-maaned-{locale}-{width}");
        await Accessibility.AssertNoSidewaysScrollAsync(page, width);
        await Accessibility.AssertNoAxeViolationsAsync(page);
        session.Passed();
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_kr_view_draws_the_cost_and_the_spot_price_of_its_table(int width)
    {
        await using var session = await fixture.NewSessionAsync($"kr-view-{width}", width, 900);
        var page = session.Page;
        await new PortalPage(page).LoginAsync("kari");
        await new ConsumptionPage(page).OpenAsync();

        await page.GetByTestId("show-cost").ClickAsync();
        await Assertions.Expect(page.GetByTestId("period-cost")).ToBeVisibleAsync();
        await AssertChartShowsTableAsync(page);
        await Screenshot(page, $"forbruk-kr-maaned-{width}");

        // A day: the price of every hour or quarter-hour of it, beside the cost of each hour.
        await page.GetByLabel("Periode", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Dag" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("day-prices")).ToBeVisibleAsync();
        Assert.InRange(await page.Locator("[data-testid=day-prices] tbody tr").CountAsync(), 92, 100); // quarter-hours since October 2025
        await Assertions.Expect(page.GetByTestId("show-cost")).ToHaveAttributeAsync("aria-current", "page");
        await AssertChartShowsTableAsync(page);
        await Screenshot(page, $"forbruk-kr-dag-{width}");

        await Accessibility.AssertNoSidewaysScrollAsync(page, width);
        await Accessibility.AssertNoAxeViolationsAsync(page);
        session.Passed();
    }

    private static async Task AssertChartShowsTableAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.Chart && Chart.getChart('forbruk-diagram')");
        var costs = await page.Locator("[data-testid=consumption-table] tbody td[data-cost]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.cost)");
        var prices = await page.Locator("[data-testid=consumption-table] tbody td[data-price]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.price)");
        var chartCosts = await page.EvaluateAsync<double?[]>("() => Chart.getChart('forbruk-diagram').data.datasets[0].data");
        var chartPrices = await page.EvaluateAsync<double?[]>("() => Chart.getChart('forbruk-diagram').data.datasets[1].data");
        Assert.Contains(costs, c => !string.IsNullOrEmpty(c));
        Assert.Equal(costs.Select(Parse), chartCosts.Select(v => v is null ? (decimal?)null : Math.Round((decimal)v.Value, 2)));
        Assert.Equal(prices.Select(Parse), chartPrices.Select(v => v is null ? (decimal?)null : Math.Round((decimal)v.Value, 2)));
    }

    private static decimal? Parse(string text) => string.IsNullOrEmpty(text) ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    private static Task<byte[]> Screenshot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png"), FullPage = true });
}
