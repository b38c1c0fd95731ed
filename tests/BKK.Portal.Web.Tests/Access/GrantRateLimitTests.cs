using System.Net;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Access;

/// <summary>The portal with a small limit on fullmakt attempts, as production has (20 an hour by default).</summary>
public sealed class GrantRateLimitFactory : PortalFactory
{
    protected override int GrantAttemptsPerHour => 3;
}

public sealed class GrantRateLimitTests(GrantRateLimitFactory factory) : IClassFixture<GrantRateLimitFactory>
{
    [Fact]
    public async Task Guessing_identity_numbers_in_the_fullmakt_form_is_stopped_after_the_limit_but_reading_is_not()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var page = await kari.GetPageAsync("/fullmakt");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var refused = await kari.PostFormAsync("/fullmakt?handler=Grant", page, new Dictionary<string, string>
            {
                ["Input.NationalIdentityNumber"] = "01010112345", ["Input.Name"] = "Gjett Gjettesen", ["Input.Level"] = "Full",
            }, "form[action*='Grant']");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        var stopped = await kari.PostFormAsync("/fullmakt?handler=Grant", page, new Dictionary<string, string>
        {
            ["Input.NationalIdentityNumber"] = "01010112345", ["Input.Name"] = "Gjett Gjettesen", ["Input.Level"] = "Full",
        }, "form[action*='Grant']");

        Assert.Equal(HttpStatusCode.TooManyRequests, stopped.StatusCode);
        Assert.Equal("For mange forsøk", (await PortalClient.ParseAsync(stopped)).QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await kari.Http.GetAsync("/fullmakt")).StatusCode);

        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");
        var olas = await ola.GetPageAsync("/fullmakt");
        var own = await ola.PostFormAsync("/fullmakt?handler=Grant", olas, new Dictionary<string, string> { ["Input.Name"] = "X" }, "form[action*='Grant']");
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode); // counted per person
    }
}
