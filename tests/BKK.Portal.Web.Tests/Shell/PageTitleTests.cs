using System.Text.RegularExpressions;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Shell;

/// <summary>WCAG 2.4.2: every page's title says where you are, as "Forbruk – Mine sider – BKK".</summary>
[Collection(PortalCollection.Name)]
public sealed partial class PageTitleTests(PortalFactory factory)
{
    [Fact]
    public async Task Every_page_has_a_title_of_its_own_that_ends_with_the_site()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var titles = new Dictionary<string, string>();
        foreach (var url in PortalRoutes.GetUrls(factory.Services, await PortalRoutes.SampleValuesAsync(kari)).Select(u => u.Url))
        {
            var response = await kari.Http.GetAsync(url);
            if (response.Content.Headers.ContentType?.MediaType != "text/html" || url.StartsWith("/dev-idp", StringComparison.Ordinal))
            {
                continue; // files, health checks and the development provider's own pages
            }

            var title = (await PortalClient.ParseAsync(response)).Title ?? string.Empty;
            Assert.True(SiteTitle().IsMatch(title), $"{url}: the title \"{title}\" does not say the page, then \"Mine sider – BKK\".");
            titles[url] = title;
        }

        // The staff side, as a team lead (who sees every staff page).
        using var lead = factory.CreatePortalClient();
        await lead.LoginAsync("teamleder");
        foreach (var url in PortalRoutes.GetUrls(factory.Services, await PortalRoutes.SampleValuesAsync(kari)).Select(u => u.Url).Where(u => u.StartsWith("/kundeservice", StringComparison.Ordinal)))
        {
            var title = (await lead.GetPageAsync(url)).Title ?? string.Empty;
            Assert.True(SiteTitle().IsMatch(title), $"{url}: the title \"{title}\" does not say the page, then \"Mine sider – BKK\".");
            titles["staff " + url] = title;
        }

        Assert.Contains("Forbruk – Mine sider – BKK", titles.Values);
        Assert.Contains("Tilgangslogg – Mine sider – BKK", titles.Values);
        Assert.True(titles.Count >= 10, $"only {titles.Count} pages were read");
    }

    [GeneratedRegex("^[^–]*[^ –][^–]* – Mine sider – BKK$")]
    private static partial Regex SiteTitle();
}
