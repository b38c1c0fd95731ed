using BKK.Portal.Application.Privacy;
using BKK.Portal.Application.Consent;
using BKK.Portal.Web.Consent;
using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace BKK.Portal.Web.Tests.Consent;

/// <summary>
/// The consent middleware against a response that sets every kind of cookie at once: one the
/// catalogue does not know, a statistics one, a functional one, and the necessary antiforgery one;
/// and in the portal, against cookies the browser already holds.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ConsentMiddlewareTests(PortalFactory factory)
{
    [Theory]
    [InlineData(null, new[] { "bkk.portal.antiforgery" })]
    [InlineData("", new[] { "bkk.portal.antiforgery" })]
    [InlineData("statistics", new[] { "bkk.portal.antiforgery", "_ga" })]
    [InlineData("functional+statistics", new[] { "bkk.portal.antiforgery", "_ga", "bkk.chat" })]
    public async Task Only_necessary_cookies_and_those_of_consented_categories_leave_and_unknown_ones_never(string? allowed, string[] expected)
    {
        var cookie = factory.Services.GetRequiredService<ConsentCookie>();
        var response = new StartingResponse();
        var context = new DefaultHttpContext();
        context.Features.Set<IHttpResponseFeature>(response);
        if (allowed is not null)
        {
            context.Request.Headers.Cookie = $"{BkkPrivacyCatalogue.ConsentCookieName}={Protected(cookie, new string('a', 32), allowed)}";
        }

        var middleware = new ConsentMiddleware(
            c =>
            {
                foreach (var name in new[] { "tracker", "_ga", BkkPrivacyCatalogue.ChatCookieName, "bkk.portal.antiforgery" })
                {
                    c.Response.Cookies.Append(name, "1");
                }

                return Task.CompletedTask;
            },
            BkkPrivacyCatalogue.Current,
            cookie,
            NullLogger<ConsentMiddleware>.Instance);
        await middleware.InvokeAsync(context);
        await response.StartAsync();

        var names = SetCookieHeaderValue.ParseList(context.Response.Headers.SetCookie.OfType<string>().ToList()).Select(c => c.Name.Value).ToList();
        Assert.Equal(expected.Order(), names.Order());
    }

    [Fact]
    public async Task A_cookie_the_browser_holds_without_consent_is_deleted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/personvern");
        request.Headers.Add("Cookie", $"_ga=GA1.1.123; {BkkPrivacyCatalogue.ChatCookieName}=abc; {BkkPrivacyCatalogue.ConsentCookieName}={Protected(factory.Services.GetRequiredService<ConsentCookie>(), new string('b', 32), "functional")}");

        var response = await factory.CreateClient().SendAsync(request);

        var cookies = SetCookieHeaderValue.ParseList(response.Headers.GetValues("Set-Cookie").ToList());
        var ga = Assert.Single(cookies, c => c.Name == "_ga");
        Assert.True(ga.Expires < DateTimeOffset.UtcNow);
        Assert.DoesNotContain(cookies, c => c.Name == BkkPrivacyCatalogue.ChatCookieName); // functional is allowed: kept
    }

    /// <summary>A consent cookie's value as the portal writes it (protected), for the given categories.</summary>
    private static string Protected(ConsentCookie cookie, string id, string allowed) =>
        cookie.Write(ConsentState.Parse($"{id}.{BkkPrivacyCatalogue.Current.Version}.{allowed}", BkkPrivacyCatalogue.Current.Version));

    /// <summary>A response that runs its OnStarting callbacks when told, last registered first, as a server does.</summary>
    private sealed class StartingResponse : HttpResponseFeature
    {
        private readonly Stack<(Func<object, Task> Callback, object State)> _starting = new();

        public override void OnStarting(Func<object, Task> callback, object state) => _starting.Push((callback, state));

        public async Task StartAsync()
        {
            while (_starting.TryPop(out var entry))
            {
                await entry.Callback(entry.State);
            }
        }
    }
}
