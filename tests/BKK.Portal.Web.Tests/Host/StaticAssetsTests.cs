using System.Net;
using System.Net.Http.Headers;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Host;

/// <summary>
/// Static files and compressed HTML (ADR 0028): pages link fingerprinted files, which are cached for good and come
/// compressed; they are served before any login or session work; pages come compressed when the browser asks.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class StaticAssetsTests(PortalFactory factory)
{
    [Fact]
    public async Task A_page_links_fingerprinted_files_that_are_cached_for_good_compressed_and_carry_the_security_headers()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var page = await kari.GetPageAsync("/forbruk");
        var css = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();
        Assert.Contains(css, h => System.Text.RegularExpressions.Regex.IsMatch(h, @"^/lib/bootstrap/css/bootstrap\.min\.[a-z0-9]{10}\.css$"));
        Assert.Contains(scripts, s => System.Text.RegularExpressions.Regex.IsMatch(s, @"^/lib/chart\.js/chart\.min\.[a-z0-9]{10}\.js$"));

        foreach (var url in css.Concat(scripts))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            var response = await kari.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
            Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} set a cookie"); // no session work: the login is not even read
            SecurityHeadersTests.AssertHeaders(url, response);
        }
    }

    [Fact]
    public async Task A_page_comes_compressed_when_the_browser_asks_and_a_visitors_icon_request_does_not_go_through_the_login()
    {
        using var visitor = factory.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/personvern");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        var page = await visitor.Http.SendAsync(request);
        Assert.Equal("br", Assert.Single(page.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", page.Headers.Vary);

        var plain = await visitor.Http.GetAsync("/personvern");
        Assert.Empty(plain.Content.Headers.ContentEncoding);

        var icon = await visitor.Http.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.NotFound, icon.StatusCode); // not a redirect to the login
    }
}
