using System.Net;
using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BKK.Portal.Web.Tests.Host;

[Collection(PortalCollection.Name)]
public sealed class SecurityHeadersTests(PortalFactory factory)
{
    [Fact]
    public async Task Every_route_of_the_portal_and_every_error_page_carries_every_security_header()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        using var visitor = factory.CreatePortalClient();
        var urls = PortalRoutes.GetUrls(factory.Services, await PortalRoutes.SampleValuesAsync(kari)).Select(u => u.Url).ToList();
        Assert.Contains("/fakturaer", urls);
        Assert.Contains(urls, u => u.EndsWith("/pdf", StringComparison.Ordinal));
        urls.AddRange(
        [
            "/finnes-ikke", // 404
            "/forbruk?kundeforhold=abc", // 400
            "/forbruk?kundeforhold=20000016", // 403: the bakery is Per's
            "/fakturaer/00000000", // 404 of a page
            "/feil/500",
            "/lib/bootstrap/css/bootstrap.min.css", // static file
        ]);

        var statuses = new HashSet<HttpStatusCode>();
        foreach (var client in new[] { kari, visitor })
        {
            foreach (var url in urls.Where(u => u != "/logg-ut").Append("/logg-ut"))
            {
                var response = await client.Http.GetAsync(url);
                statuses.Add(response.StatusCode);
                AssertHeaders(url, response);
            }
        }

        // A form posted without its antiforgery token: refused, with the headers too.
        var refused = await kari.Http.PostAsync("/kundeforhold", new FormUrlEncodedContent(new Dictionary<string, string> { ["Phone"] = "91234567" }));
        statuses.Add(refused.StatusCode);
        AssertHeaders("POST /kundeforhold", refused);

        Assert.Superset(new HashSet<HttpStatusCode> { HttpStatusCode.OK, HttpStatusCode.Found, HttpStatusCode.BadRequest, HttpStatusCode.Forbidden, HttpStatusCode.NotFound, HttpStatusCode.InternalServerError }, statuses);
    }

    [Fact]
    public async Task The_script_nonce_is_new_for_every_response()
    {
        using var visitor = factory.CreatePortalClient();

        var nonces = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var response = await visitor.Http.GetAsync("/personvern");
            var nonce = System.Text.RegularExpressions.Regex.Match(response.Headers.GetValues("Content-Security-Policy").Single(), "'nonce-([^']+)'").Groups[1].Value;
            // Only the scripts the server emits for a consent carry one (the browser tests see them); any there is must match.
            Assert.All((await PortalClient.ParseAsync(response)).QuerySelectorAll("script[nonce]"), s => Assert.Equal(nonce, s.GetAttribute("nonce")));
            nonces.Add(nonce);
        }

        Assert.NotEqual(nonces[0], nonces[1]);
        Assert.True(Convert.FromBase64String(nonces[0]).Length >= 16);
    }

    [Fact]
    public async Task Https_responses_tell_the_browser_to_keep_to_https_for_a_year()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://minside.bkk.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/personvern");

        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    internal static void AssertHeaders(string url, HttpResponseMessage response)
    {
        string Header(string name) =>
            response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
                ? string.Join(", ", values)
                : throw new Xunit.Sdk.XunitException($"{url} ({(int)response.StatusCode}) has no {name} header");

        var csp = Header("Content-Security-Policy");
        var scripts = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.True(scripts.Contains("'nonce-", StringComparison.Ordinal) && !scripts.Contains("unsafe", StringComparison.Ordinal), $"{url}: {scripts}");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header("X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header("Referrer-Policy"));
        Assert.Equal("DENY", Header("X-Frame-Options"));
        Assert.Equal(BKK.Portal.Web.Host.SecurityHeaders.PermissionsPolicy, Header("Permissions-Policy"));
        Assert.Equal("same-origin", Header("Cross-Origin-Opener-Policy"));
        Assert.False(response.Headers.Contains("Server"), $"{url} names its server");
        Assert.False(response.Headers.Contains("X-Powered-By"), $"{url} names its framework");
    }
}
