using System.Net;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Host;

/// <summary>Behind the TLS proxy: the client's address comes from X-Forwarded-For, but only when the proxy itself sends it.</summary>
public sealed class ReverseProxyTests : IDisposable
{
    private readonly TempFolder _folder = new("proxy-");

    [Theory]
    [InlineData("127.0.0.1", true)] // the requests come from the known proxy: its word counts
    [InlineData("10.9.9.9", false)] // they do not: a forged X-Forwarded-For is ignored
    public async Task The_login_limit_counts_the_client_address_the_known_proxy_reports_and_nobody_elses(string knownProxy, bool trusted)
    {
        await using var portal = await PortalProcess.StartAsync(
        [
            $"--Database:DataDirectory={_folder.Combine(knownProxy, "db")}",
            $"--DevIdentity:DataDirectory={_folder.Combine(knownProxy, "idp")}",
            $"--Logging:Directory={PortalFactory.LogDirectory}",
            "--Demo:Seed=true",
            "--Retention:Enabled=false",
            "--RateLimits:LoginsPerMinutePerAddress=1",
            "--ReverseProxy:Enabled=true",
            $"--ReverseProxy:KnownProxies:0={knownProxy}",
        ]);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = portal.Address };

        async Task<HttpStatusCode> LoginFromAsync(string client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/fakturaer");
            request.Headers.Add("X-Forwarded-For", client);
            request.Headers.Add("X-Forwarded-Proto", "https");
            var response = await http.SendAsync(request);
            if (response.StatusCode == HttpStatusCode.Found)
            {
                // Behind a trusted proxy the portal knows the browser came over https, and says so to the provider.
                Assert.Equal(trusted, response.Headers.Location!.Query.Contains("redirect_uri=https", StringComparison.Ordinal));
            }

            return response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.Found, await LoginFromAsync("203.0.113.10"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await LoginFromAsync("203.0.113.10"));
        Assert.Equal(trusted ? HttpStatusCode.Found : HttpStatusCode.TooManyRequests, await LoginFromAsync("203.0.113.20"));
    }

    public void Dispose() => _folder.Dispose();
}
