using System.Net;
using System.Text.Json;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Sharing;

/// <summary>The portal with a low API limit, so a test can reach it.</summary>
public sealed class LimitedApiPortal : PortalFactory
{
    public const int CallsPerMinute = 3;

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("Api:CallsPerMinute", CallsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture))];
}

/// <summary>Each key has its own limit: past it, a 429 problem with Retry-After; another key goes on.</summary>
public sealed class ApiRateLimitTests(LimitedApiPortal factory) : IClassFixture<LimitedApiPortal>
{
    [Fact]
    public async Task A_key_past_its_limit_gets_429_with_Retry_After_and_another_key_is_not_held_back()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var point = (await PortalDatabase.PointsOfAsync(factory, "10000017"))[0];
        var busy = await ApiTokens.CreateAsync(kari, "Ivrig", [point], "MeterValues");
        var calm = await ApiTokens.CreateAsync(kari, "Rolig", [point], "MeterValues");
        using var busyApp = ApiTokens.App(factory, busy);
        using var calmApp = ApiTokens.App(factory, calm);
        for (var i = 0; i < LimitedApiPortal.CallsPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await busyApp.GetAsync("/api/v1/metering-points")).StatusCode);
        }

        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/v1/metering-points");
        english.Headers.AcceptLanguage.ParseAdd("en");
        var refused = await busyApp.SendAsync(english);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Too many calls", problem.RootElement.GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.OK, (await calmApp.GetAsync("/api/v1/metering-points")).StatusCode);
    }
}
