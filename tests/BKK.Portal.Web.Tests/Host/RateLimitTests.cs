using System.Net;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Host;

/// <summary>The portal with small limits on logins, form posts and downloads.</summary>
public sealed class SmallLimitsFactory : PortalFactory
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("RateLimits:LoginsPerMinutePerAddress", "3"),
        new("RateLimits:FormPostsPerMinute", "3"),
        new("RateLimits:ExportsPerHour", "2"),
    ];
}

public sealed class RateLimitTests(SmallLimitsFactory factory) : IClassFixture<SmallLimitsFactory>
{
    [Fact]
    public async Task Logins_form_posts_and_downloads_past_their_limits_get_the_Norwegian_429_page_and_reading_goes_on()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari"); // login 1 of 3 from this address

        var page = await kari.GetPageAsync("/kundeforhold");
        for (var post = 0; post < 3; post++)
        {
            var refused = await kari.PostFormAsync("/kundeforhold", page, new Dictionary<string, string> { ["Input.Phone"] = "12" }, "form.contact-form");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        await AssertLimitedAsync(await kari.PostFormAsync("/kundeforhold", page, new Dictionary<string, string> { ["Input.Phone"] = "12" }, "form.contact-form"));

        Assert.Equal(HttpStatusCode.OK, (await kari.Http.GetAsync("/forbruk?handler=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kari.Http.GetAsync("/mine-data/zip")).StatusCode);
        await AssertLimitedAsync(await kari.Http.GetAsync("/forbruk?handler=json"));
        Assert.Equal(HttpStatusCode.OK, (await kari.Http.GetAsync("/forbruk")).StatusCode); // reading is never limited

        using var visitor = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Found, (await visitor.Http.GetAsync("/fakturaer")).StatusCode); // login 2
        Assert.Equal(HttpStatusCode.Found, (await visitor.Http.GetAsync("/fakturaer")).StatusCode); // login 3
        await AssertLimitedAsync(await visitor.Http.GetAsync("/fakturaer"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync("/personvern")).StatusCode);
    }

    private static async Task AssertLimitedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("For mange forsøk", (await PortalClient.ParseAsync(response)).QuerySelector("h1")!.TextContent);
        SecurityHeadersTests.AssertHeaders(response.RequestMessage!.RequestUri!.PathAndQuery, response);
    }
}
