using System.Net;
using BKK.Portal.Web.Tests.Support;
using Microsoft.Net.Http.Headers;

namespace BKK.Portal.Web.Tests.Authentication;

/// <summary>
/// One antiforgery cookie for the whole site. The development provider's login form lives under /dev-idp; when its cookie
/// took that path, any page of the portal answered while the form was open (the browser's own /favicon.ico was one) made a
/// second cookie of the same name for /, and the login then failed with "Skjemaet er utløpt" (a browser test did, now and
/// then). These fail without the cookie's path.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AntiforgeryCookieTests(PortalFactory factory)
{
    [Fact]
    public async Task The_login_forms_cookie_is_for_the_whole_site_and_a_portal_page_opened_meanwhile_makes_no_second_one()
    {
        using var client = factory.CreatePortalClient();
        var loginPage = await client.FollowAsync(await client.Http.GetAsync("/"));
        Assert.StartsWith("/dev-idp/", loginPage.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        var cookie = Assert.Single(AntiforgeryCookies(loginPage));
        Assert.Equal("/", cookie.Path.Value);

        var portalPage = await client.Http.GetAsync("/personvern"); // has a form (the consent choice)
        Assert.Equal(HttpStatusCode.OK, portalPage.StatusCode);
        Assert.Empty(AntiforgeryCookies(portalPage));

        var form = await PortalClient.ParseAsync(loginPage);
        var afterPost = await client.PostFormAsync(loginPage.RequestMessage.RequestUri.AbsolutePath, form,
            new Dictionary<string, string> { ["username"] = "kari", ["password"] = "demo" });
        Assert.Equal(HttpStatusCode.Redirect, afterPost.StatusCode);
    }

    [Fact]
    public async Task The_browsers_own_favicon_request_gets_a_bare_404_without_a_cookie()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.Http.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    private static IEnumerable<SetCookieHeaderValue> AntiforgeryCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? SetCookieHeaderValue.ParseList(values.ToList()).Where(c => c.Name.Value == "bkk.portal.antiforgery")
            : [];
}
