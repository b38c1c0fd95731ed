using System.Net;
using BKK.Portal.DevIdentity;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Web.Authentication;
using BKK.Portal.Web.Tests.Support;
using Microsoft.Net.Http.Headers;

namespace BKK.Portal.Web.Tests.Authentication;

[Collection(PortalCollection.Name)]
public sealed class LoginTests(PortalFactory factory)
{
    [Fact]
    public async Task Demo_person_logs_in_through_the_development_provider_and_sees_the_overview()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.LoginAsync("per");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/", response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("nb", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Per Bakke", page.QuerySelector("[data-testid=person-name]")!.TextContent);
        Assert.Equal("Bakke Bakeri AS", page.QuerySelector("[data-testid=holder-name]")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("section[aria-labelledby=malepunkter-tittel] tbody tr").Length);
        Assert.Matches(@"^[1-9][\d\s\u00A0\u202F]*,\d kWh$", page.QuerySelector("[data-testid=last-month-total]")!.TextContent);
    }

    [Fact]
    public async Task Login_cookie_is_httponly_lax_and_lives_at_most_24_hours()
    {
        using var client = factory.CreatePortalClient();
        var start = DateTimeOffset.UtcNow;

        var loginPage = await client.FollowAsync(await client.Http.GetAsync("/"));
        var form = await PortalClient.ParseAsync(loginPage);
        var afterPost = await client.PostFormAsync(loginPage.RequestMessage!.RequestUri!.AbsolutePath, form,
            new Dictionary<string, string> { ["username"] = "kari", ["password"] = "demo" });
        var toPortal = await client.Http.GetAsync(afterPost.Headers.Location); // the provider sends the code back
        var callback = await client.Http.GetAsync(toPortal.Headers.Location);   // /signin-oidc sets the login cookie

        var cookies = SetCookieHeaderValue.ParseList(callback.Headers.GetValues("Set-Cookie").ToList())
            .Where(c => c.Name.Value!.StartsWith(PortalAuthentication.CookieName, StringComparison.Ordinal)
                        && c.Expires > DateTimeOffset.UtcNow)
            .ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c =>
        {
            Assert.True(c.HttpOnly);
            Assert.Equal(Microsoft.Net.Http.Headers.SameSiteMode.Lax, c.SameSite);
            Assert.InRange(c.Expires!.Value, start, start.AddHours(24).AddMinutes(1));
        });
    }

    [Fact]
    public async Task Wrong_password_gives_a_norwegian_message_and_no_session()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.LoginAsync("kari", "feil");

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Feil brukernavn eller passord.", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Logout_ends_the_session_in_the_portal_and_at_the_provider()
    {
        using var client = factory.CreatePortalClient();
        var overview = await PortalClient.ParseAsync(await client.LoginAsync("ingrid"));

        var logout = await client.PostFormAsync("/logg-ut", overview, new Dictionary<string, string>(), "form[action='/logg-ut']");

        // The logout page sends the browser on to the provider's end-session endpoint by itself (a new navigation).
        Assert.Equal(HttpStatusCode.OK, logout.StatusCode);
        var page = await PortalClient.ParseAsync(logout);
        Assert.Null(page.QuerySelector("[data-testid=person-name]")); // nobody's name on it
        var refresh = page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content")!;
        var endSession = refresh[(refresh.IndexOf("url=", StringComparison.Ordinal) + 4)..];
        Assert.StartsWith("http://localhost/dev-idp/connect/endsession?", endSession, StringComparison.Ordinal);
        Assert.Equal(endSession, page.QuerySelector("[data-testid=end-session]")!.GetAttribute("href"));
        Assert.Contains("id_token_hint=", endSession, StringComparison.Ordinal);
        var loggedOut = await client.FollowAsync(await client.Http.GetAsync(endSession));

        Assert.Equal("/logget-ut", loggedOut.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Du er logget ut", await loggedOut.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Not logged in at the portal, and the provider asks for the password again.
        var next = await client.FollowAsync(await client.Http.GetAsync("/"));
        Assert.Equal("/dev-idp/login", next.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public void Users_of_the_development_provider_are_the_people_of_the_demo_data()
    {
        var all = DemoDataGenerator.Create(new DateOnly(2026, 1, 1)).People;
        var people = all.Where(p => p.Subject != DemoPeople.FormerCustomer).ToList(); // a former customer has no login
        Assert.Single(all, p => p.Subject == DemoPeople.FormerCustomer);

        Assert.Equal(
            people.Select(p => (p.Subject, p.Name)).OrderBy(p => p.Subject),
            DevIdentityOptions.DefaultUsers.Where(u => u.Role is null).Select(u => (u.Subject, u.Name)).OrderBy(p => p.Subject));
        Assert.DoesNotContain(all, p => DevIdentityOptions.DefaultUsers.Any(u => u.Role is not null && u.Subject == p.Subject)); // staff are no customers
        Assert.Equal(DemoPeople.Subjects.Order(), people.Select(p => p.Subject).Order());
    }
}
