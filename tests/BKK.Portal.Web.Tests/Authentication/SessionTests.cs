using System.Net;
using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BKK.Portal.Web.Tests.Authentication;

/// <summary>
/// The login after the security review: only local paths after login, a session that logout and an idle
/// half hour end (a copied cookie is worth nothing after either), and no logout by a link.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SessionTests(PortalFactory factory)
{
    /// <summary>Addresses that a browser would read as another host (or that hide one behind a decoding or a control character).</summary>
    public static TheoryData<string> ForeignTargets() =>
    [
        "//evil.example/",
        "///evil.example",
        "/\\evil.example",
        "/%2F%2Fevil.example/",
        "/%2f/evil.example",
        "/%5Cevil.example",
        "/%5C%5Cevil.example",
        "/%09/evil.example",
        "/%0A/evil.example",
        "/%0D%0A/evil.example",
        "/%252F%252Fevil.example",
    ];

    [Theory]
    [MemberData(nameof(ForeignTargets))]
    public async Task After_login_the_portal_sends_the_person_home_not_to_another_host(string target)
    {
        using var visitor = factory.CreatePortalClient();

        var callback = await visitor.LoginFromAsync(new Uri("http://localhost" + target), "kari");

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/", callback.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task After_login_a_local_page_asked_for_is_where_the_person_lands()
    {
        using var visitor = factory.CreatePortalClient();

        var callback = await visitor.LoginFromAsync(new Uri("http://localhost/fakturaer?status=ubetalt"), "kari");

        Assert.Equal("/fakturaer?status=ubetalt", callback.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_login_cookie_copied_before_logout_is_refused_after_it()
    {
        using var kari = factory.CreatePortalClient();
        var callback = await kari.LoginFromAsync(new Uri("http://localhost/"), "kari");
        var copied = PortalClient.LoginCookieHeader(callback);
        Assert.NotEmpty(copied);
        Assert.True(copied.Length < 600, $"the login cookie should hold a session reference only, not the whole ticket ({copied.Length} characters)");
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync("/kundeforhold", copied)).StatusCode);

        var overview = await kari.GetPageAsync("/");
        await kari.PostFormAsync("/logg-ut", overview, new Dictionary<string, string>(), "form[action='/logg-ut']");

        var replayed = await GetWithCookieAsync("/kundeforhold", copied);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/dev-idp/connect/authorize", replayed.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("prompt=login", replayed.Headers.Location!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_cookie_planted_for_the_callback_never_receives_someone_elses_login()
    {
        // The attacker logs in as themself and plants that cookie in the victim's browser, for the callback's path only.
        using var attacker = factory.CreatePortalClient();
        var attackersCookie = PortalClient.LoginCookieHeader(await attacker.LoginFromAsync(new Uri("http://localhost/"), "kari"));
        var cookies = new System.Net.CookieContainer();
        foreach (var pair in attackersCookie.Split("; "))
        {
            var parts = pair.Split('=', 2);
            cookies.Add(new Uri("http://localhost/"), new System.Net.Cookie(parts[0], parts[1], "/signin-oidc"));
        }

        using var victim = new PortalClient(factory.CreateDefaultClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies)));
        var overview = await victim.LoginAsync("per");
        Assert.Equal("Per Bakke", (await PortalClient.ParseAsync(overview)).QuerySelector("[data-testid=person-name]")!.TextContent);

        var attackersView = await (await GetWithCookieAsync("/kundeforhold", attackersCookie)).Content.ReadAsStringAsync();
        Assert.Contains("Kari Nordmann", attackersView, StringComparison.Ordinal);
        Assert.DoesNotContain("Bakke", attackersView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_signout_oidc_does_not_log_anyone_out()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        foreach (var url in new[] { "/signout-oidc", "/signout-oidc?sid=x&iss=http%3A%2F%2Flocalhost%2Fdev-idp%2F" })
        {
            var answer = await kari.Http.GetAsync(url);
            Assert.True((int)answer.StatusCode < 500, $"{url}: {(int)answer.StatusCode}");
            Assert.Equal(HttpStatusCode.OK, (await kari.Http.GetAsync("/kundeforhold")).StatusCode);
        }
    }

    private async Task<HttpResponseMessage> GetWithCookieAsync(string url, string cookie)
    {
        using var stranger = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await stranger.SendAsync(request);
    }
}

/// <summary>A portal of its own on a clock the test moves: half an hour passes at once.</summary>
public sealed class IdleSessionTests(ClockPortal portal) : IClassFixture<ClockPortal>
{
    [Fact]
    public async Task An_idle_session_ends_after_the_idle_timeout_but_use_keeps_it_alive()
    {
        var clock = portal.Clock;
        using var kari = portal.CreatePortalClient();
        await kari.LoginAsync("kari");

        clock.Now += TimeSpan.FromMinutes(20);
        Assert.Equal(HttpStatusCode.OK, (await kari.Http.GetAsync("/kundeforhold")).StatusCode);
        clock.Now += TimeSpan.FromMinutes(20); // 40 minutes after login, 20 after the last request
        Assert.Equal(HttpStatusCode.OK, (await kari.Http.GetAsync("/kundeforhold")).StatusCode);

        clock.Now += TimeSpan.FromMinutes(31);
        var idle = await kari.Http.GetAsync("/kundeforhold");
        Assert.Equal(HttpStatusCode.Redirect, idle.StatusCode);
        Assert.Contains("/dev-idp/connect/authorize", idle.Headers.Location!.ToString(), StringComparison.Ordinal);

        // The provider's own session is still alive: without prompt=login it would log her straight back in.
        Assert.Contains("prompt=login", idle.Headers.Location!.Query, StringComparison.Ordinal);
        var next = await kari.FollowAsync(idle);
        Assert.Equal("/dev-idp/login", next.RequestMessage!.RequestUri!.AbsolutePath);
    }
}
