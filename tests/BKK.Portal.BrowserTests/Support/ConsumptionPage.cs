using System.Globalization;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Support;

/// <summary>Page object of Forbruk: the controls by their labels, the table's and the chart's numbers.</summary>
public sealed class ConsumptionPage(IPage page)
{
    public ILocator MeteringPoint => page.GetByLabel("Målepunkt", new() { Exact = true });

    public ILocator Period => page.GetByLabel("Periode", new() { Exact = true });

    public ILocator Title => page.GetByTestId("period-title");

    public ILocator Chart => page.Locator("#forbruk-diagram");

    public Task OpenAsync() => page.GetByRole(AriaRole.Link, new() { Name = "Forbruk", Exact = true }).ClickAsync();

    public async Task ShowAsync(string? meteringPoint = null, string? period = null)
    {
        var title = await Title.TextContentAsync();
        if (meteringPoint is not null)
        {
            await MeteringPoint.SelectOptionAsync(meteringPoint);
        }

        if (period is not null)
        {
            await Period.SelectOptionAsync(new SelectOptionValue { Label = period });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Vis", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        if (period is not null)
        {
            await Assertions.Expect(Title).Not.ToHaveTextAsync(title ?? string.Empty);
        }
    }

    public async Task PreviousAsync()
    {
        var title = await Title.TextContentAsync();
        await page.GetByTestId("previous-period").ClickAsync();
        await Assertions.Expect(Title).Not.ToHaveTextAsync(title ?? string.Empty);
    }

    /// <summary>The kWh of each table row (null where the period has no values).</summary>
    public async Task<IReadOnlyList<decimal?>> TableValuesAsync()
    {
        var cells = await page.Locator("[data-testid=consumption-table] tbody td[data-kwh]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.kwh)");
        return cells.Select(c => string.IsNullOrEmpty(c) ? (decimal?)null : decimal.Parse(c, CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>The bars the chart draws, read from Chart.js itself once it has drawn them.</summary>
    public async Task<IReadOnlyList<decimal?>> ChartValuesAsync()
    {
        await Assertions.Expect(Chart).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => window.Chart && Chart.getChart('forbruk-diagram')");
        var values = await page.EvaluateAsync<double?[]>("() => Chart.getChart('forbruk-diagram').data.datasets[0].data");
        return values.Select(v => v is null ? (decimal?)null : Math.Round((decimal)v.Value, 3)).ToList();
    }
}
