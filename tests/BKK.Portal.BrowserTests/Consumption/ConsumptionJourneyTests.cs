using System.Text;
using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Consumption;

[Collection(BrowserCollection.Name)]
public sealed class ConsumptionJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Customer_switches_period_and_metering_point_sees_chart_and_table_agree_and_downloads_the_csv()
    {
        await using var session = await fixture.NewSessionAsync(nameof(Customer_switches_period_and_metering_point_sees_chart_and_table_agree_and_downloads_the_csv));
        var portal = new PortalPage(session.Page);
        var forbruk = new ConsumptionPage(session.Page);
        await portal.LoginAsync("per");

        await forbruk.OpenAsync();
        await Assertions.Expect(portal.Heading).ToHaveTextAsync("Forbruk");
        await AssertChartMatchesTableAsync(forbruk, 28, 31);

        await forbruk.PreviousAsync();
        await AssertChartMatchesTableAsync(forbruk, 28, 31);

        await forbruk.ShowAsync(period: "Dag");
        await AssertChartMatchesTableAsync(forbruk, 23, 25);
        var bakeryDay = await forbruk.TableValuesAsync();

        var shop = (await forbruk.MeteringPoint.Locator("option").AllTextContentsAsync()).Single(o => o.StartsWith("Strandgaten 20", StringComparison.Ordinal));
        await forbruk.ShowAsync(meteringPoint: shop);
        await Assertions.Expect(forbruk.MeteringPoint.Locator("option:checked")).ToHaveTextAsync(shop);
        await AssertChartMatchesTableAsync(forbruk, 23, 25);
        Assert.NotEqual(bakeryDay, await forbruk.TableValuesAsync());

        await forbruk.ShowAsync(period: "År");
        await AssertChartMatchesTableAsync(forbruk, 12, 12);

        var download = await session.Page.RunAndWaitForDownloadAsync(() => session.Page.GetByTestId("export-csv").ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("målepunkt-id;start;oppløsning;retning;kwh;status", lines[0]);
        Assert.True(lines.Length > 8000, $"a year of values at full resolution, got {lines.Length - 1}");
        session.Passed();
    }

    [Fact]
    public async Task Forbruk_meets_wcag_21_aa_and_reads_well_on_a_375_px_phone()
    {
        await using var session = await fixture.NewSessionAsync(nameof(Forbruk_meets_wcag_21_aa_and_reads_well_on_a_375_px_phone), 375, 812);
        var portal = new PortalPage(session.Page);
        var forbruk = new ConsumptionPage(session.Page);
        await portal.LoginAsync("kari");

        await forbruk.OpenAsync();
        await Assertions.Expect(forbruk.Chart).ToBeVisibleAsync();

        await Accessibility.AssertNoSidewaysScrollAsync(session.Page, 375);
        await Accessibility.AssertNoAxeViolationsAsync(session.Page);
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Produksjon (til nettet)" }).ClickAsync();
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Columnheader, new() { Name = "Produksjon (kWh)" })).ToBeVisibleAsync();
        await Accessibility.AssertNoAxeViolationsAsync(session.Page);
        session.Passed();
    }

    private static async Task AssertChartMatchesTableAsync(ConsumptionPage forbruk, int minRows, int maxRows)
    {
        var table = await forbruk.TableValuesAsync();
        Assert.InRange(table.Count, minRows, maxRows);
        Assert.Contains(table, v => v > 0);
        Assert.Equal(table, await forbruk.ChartValuesAsync());
    }
}
