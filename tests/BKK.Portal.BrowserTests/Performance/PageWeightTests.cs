using System.Globalization;
using System.Text;
using BKK.Portal.BrowserTests.Support;

namespace BKK.Portal.BrowserTests.Performance;

/// <summary>
/// What a browser transfers for each page: on a first visit (empty cache) at most 120 KB, headers included; on a
/// repeat visit only the page itself, every script and style sheet from the browser's cache (fingerprinted URLs,
/// cached as immutable). The sizes are written to bin/…/page-weight.md for docs/performance.md.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageWeightTests(BrowserFixture fixture)
{
    private const long FirstVisitLimit = 120 * 1024;

    [Fact]
    public async Task Every_page_transfers_at_most_120_KB_on_a_first_visit_and_only_itself_on_a_repeat_visit()
    {
        await using var session = await fixture.NewSessionAsync("page-weight");
        var page = session.Page;
        var network = await NetworkTransfers.StartAsync(page);
        var report = new StringBuilder("| Page | first visit: files | first visit: bytes | repeat visit: files from the network | repeat visit: bytes |\n|---|---:|---:|---:|---:|\n");
        var failures = new List<string>();

        await PortalPages.VisitEveryPageAsync(page, async url =>
        {
            await network.ClearCacheAsync();
            var first = await network.VisitAsync(page, url);
            var repeat = await network.VisitAsync(page, url);
            var firstBytes = first.Sum(t => t.Bytes);
            // The icon ("Other") is fetched on the browser's own schedule, after the load event, so it can fall into the
            // next visit's count; every other file of the page is here by the load event.
            var fetchedAgain = repeat.Where(t => !t.FromCache && t.Type is not "Document" and not "Other").ToList();
            report.Append(CultureInfo.InvariantCulture, $"| `{url}` | {first.Count} | {firstBytes:N0} | {repeat.Count(t => !t.FromCache)} | {repeat.Sum(t => t.Bytes):N0} |\n");
            if (firstBytes > FirstVisitLimit)
            {
                failures.Add($"{url}: {firstBytes:N0} bytes on a first visit ({string.Join(", ", first.OrderByDescending(t => t.Bytes).Take(4).Select(t => $"{t.Url} {t.Bytes:N0}"))})");
            }

            if (fetchedAgain.Count > 0)
            {
                failures.Add($"{url}: the repeat visit fetched {string.Join(", ", fetchedAgain.Select(t => $"{t.Type} {t.Url[..Math.Min(t.Url.Length, 80)]}"))} again");
            }
        });

        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "page-weight.md"), report.ToString());
        Assert.True(failures.Count == 0, string.Join('\n', failures) + "\n\n" + report);
        session.Passed();
    }
}
