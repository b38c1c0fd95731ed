using System.IO.Compression;
using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.MyData;

[Collection(BrowserCollection.Name)]
public sealed class MyDataJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_customer_downloads_mine_data_and_gets_a_zip_with_a_readable_summary()
    {
        await using var session = await fixture.NewSessionAsync("mine-data");
        var page = session.Page;
        await new PortalPage(page).LoginAsync("per");

        await page.GetByRole(AriaRole.Link, new() { Name = "Mine data", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mine data");
        await Accessibility.AssertNoAxeViolationsAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("my-data-download").ClickAsync());

        await Assertions.Expect(page.GetByTestId("my-data-working")).ToContainTextAsync("Lager filen");
        Assert.Matches(@"^mine-data-\d{4}-\d{2}-\d{2}\.zip$", download.SuggestedFilename);
        using var zip = ZipFile.OpenRead((await download.PathAsync())!);
        Assert.Contains(zip.Entries, e => e.FullName == "sammendrag.html");
        Assert.True(zip.GetEntry("forbruk.csv")!.Length > 1_000_000, "three years of the bakery's three metering points");
        session.Passed();
    }
}
