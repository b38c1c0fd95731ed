using BKK.Portal.Application.Privacy;
using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Consent;

[Collection(BrowserCollection.Name)]
public sealed class ConsentJourneyTests(BrowserFixture fixture)
{
    private static readonly PrivacyCatalogue Catalogue = BkkPrivacyCatalogue.Current;

    private static readonly IReadOnlyList<string> AnonymousPages = PortalPages.Anonymous;

    [Fact]
    public async Task Without_a_choice_and_with_necessary_only_nothing_but_necessary_cookies_and_no_third_party_request_and_with_all_the_third_parties_are_asked_for()
    {
        await using var session = await fixture.NewSessionAsync("consent-third-parties");
        var page = session.Page;
        var setCookies = new SetCookieRecorder(session.Context);
        var thirdParty = new List<string>();
        var cspViolations = new List<string>();
        await session.Context.RouteAsync(url => !new Uri(url).Host.Equals(fixture.BaseAddress.Host, StringComparison.Ordinal), async route =>
        {
            thirdParty.Add(new Uri(route.Request.Url).Host);
            await route.AbortAsync(); // the network is closed here: the attempt is what counts
        });
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                cspViolations.Add(page.Url + ": " + message.Text);
            }
        };

        foreach (var url in AnonymousPages)
        {
            await page.GotoAsync(url);
            // Not on the settings page itself, nor on the outage page (its form's token would need the database).
            await Assertions.Expect(page.GetByTestId("consent-banner")).ToHaveCountAsync(url is "/informasjonskapsler" or "/feil/503" ? 0 : 1);
        }

        await new PortalPage(page).LoginAsync("ola");
        foreach (var url in await PortalPages.CustomerPagesWithDetailsAsync(page))
        {
            await page.GotoAsync(url);
        }

        await AssertOnlyNecessaryAsync(session.Context);
        Assert.Empty(thirdParty);

        await page.GotoAsync("/hjelp/maler");
        await page.GetByTestId("consent-banner").GetByRole(AriaRole.Button, new() { Name = "Bare nødvendige" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("consent-banner")).ToHaveCountAsync(0);
        Assert.Contains(await session.Context.CookiesAsync(), c => c.Name == BkkPrivacyCatalogue.ConsentCookieName);
        var consent = await setCookies.LastAsync(n => n == BkkPrivacyCatalogue.ConsentCookieName);
        Assert.InRange(consent.Expires!.Value, DateTimeOffset.UtcNow.AddDays(7).AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(7).AddMinutes(1));
        foreach (var url in AnonymousPages.Concat(await PortalPages.CustomerPagesWithDetailsAsync(page)))
        {
            await page.GotoAsync(url);
        }

        await AssertOnlyNecessaryAsync(session.Context);
        Assert.Empty(thirdParty);
        await Assertions.Expect(page.GetByTestId("consent-banner")).ToHaveCountAsync(0);

        await page.GotoAsync("/informasjonskapsler");
        await page.GetByRole(AriaRole.Button, new() { Name = "Godta alle" }).ClickAsync();
        await page.GotoAsync("/hjelp/maler");
        await Assertions.Expect(page.GetByTestId("video")).ToBeVisibleAsync();
        await EventuallyAsync(() => thirdParty.Contains("www.youtube-nocookie.com"), "the video was not asked for");
        await EventuallyAsync(() => thirdParty.Contains("www.googletagmanager.com"), "analytics was not asked for");
        Assert.True(cspViolations.Count == 0, string.Join("\n", cspViolations.Distinct()));
        session.Passed();
    }

    [Fact]
    public async Task Every_cookie_the_site_sets_is_in_the_catalogue_and_lives_no_longer_than_it_says()
    {
        await using var session = await fixture.NewSessionAsync("consent-every-cookie");
        var page = session.Page;
        await session.Context.RouteAsync(url => !new Uri(url).Host.Equals(fixture.BaseAddress.Host, StringComparison.Ordinal), route => route.AbortAsync());
        var setCookies = new SetCookieRecorder(session.Context); // redirects too: the login's short-lived cookies
        var seen = new Dictionary<string, BrowserContextCookiesResult>();
        async Task GatherAsync()
        {
            foreach (var cookie in await session.Context.CookiesAsync())
            {
                seen[cookie.Name] = cookie;
                var entry = Catalogue.CookieFor(cookie.Name);
                Assert.True(entry is not null, $"The cookie {cookie.Name} is not in the privacy catalogue.");
                if (cookie.Expires > 0)
                {
                    // The jar's float expiry is two minutes coarse: the exact lifetimes are checked on the headers below.
                    Assert.True(entry!.Lifetime.Duration is { } duration
                        && cookie.Expires <= DateTimeOffset.UtcNow.Add(duration).ToUnixTimeSeconds() + 180,
                        $"The cookie {cookie.Name} lives until {DateTimeOffset.FromUnixTimeSeconds((long)cookie.Expires):u}, longer than the catalogue's {entry.Lifetime.Display.En}.");
                }
            }
        }

        await page.GotoAsync("/personvern");
        await GatherAsync();
        await new PortalPage(page).LoginAsync("kari");
        await GatherAsync();
        await page.GotoAsync("/informasjonskapsler");
        await page.GetByRole(AriaRole.Button, new() { Name = "Godta alle" }).ClickAsync();
        await GatherAsync();
        foreach (var url in AnonymousPages.Concat(await PortalPages.CustomerPagesWithDetailsAsync(page)))
        {
            await page.GotoAsync(url);
            await GatherAsync();
        }

        await new PortalPage(page).SwitchToAsync("10000025");
        await GatherAsync();

        // The language switcher's cookie: set by a click on a language, then back to bokmål for the steps below.
        await page.GetByRole(AriaRole.Button, new() { Name = "Nynorsk" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nn");
        await GatherAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bokmål" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nb");

        // The live chat with functional consent: its cookie (the chat's key), set when the chat starts.
        await page.GotoAsync("/chat");
        await page.GetByLabel("Hva gjelder det?").SelectOptionAsync(new SelectOptionValue { Label = "Annet" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Start chat" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("chat-status")).ToContainTextAsync("Du står i kø");
        Assert.Contains(await session.Context.CookiesAsync(), c => c.Name == BkkPrivacyCatalogue.ChatCookieName);
        await GatherAsync();
        await page.GetByTestId("chat-end").ClickAsync();
        await Assertions.Expect(page.GetByTestId("chat-status")).ToContainTextAsync("Chatten er avsluttet");
        await page.GotoAsync("/informasjonskapsler");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bare nødvendige" }).ClickAsync();
        await GatherAsync();
        await new PortalPage(page).LogoutAsync();
        await GatherAsync();

        // Every Set-Cookie header of every response, redirects included, not only what stayed in the jar.
        var headerNames = new HashSet<string>();
        foreach (var (url, cookie) in await setCookies.AllAsync())
        {
            var name = cookie.Name.Value!;
            headerNames.Add(name);
            var entry = Catalogue.CookieFor(name);
            Assert.True(entry is not null, $"{url} set the cookie {name}, which is not in the privacy catalogue.");
            var deletes = cookie.Expires < DateTimeOffset.UtcNow || cookie.MaxAge <= TimeSpan.Zero;
            if (!deletes && (cookie.Expires is not null || cookie.MaxAge is not null))
            {
                var lifetime = cookie.MaxAge ?? (cookie.Expires!.Value - DateTimeOffset.UtcNow);
                Assert.True(entry!.Lifetime.Duration is { } duration && lifetime <= duration + TimeSpan.FromMinutes(1),
                    $"{url} set {name} for {lifetime}, longer than the catalogue's {entry.Lifetime.Display.En}.");
            }
        }

        Assert.Contains(headerNames, n => n.StartsWith("bkk.portal.oidc.correlation.", StringComparison.Ordinal));
        Assert.Contains(headerNames, n => n.StartsWith("bkk.portal.oidc.nonce.", StringComparison.Ordinal));

        Assert.Contains(BkkPrivacyCatalogue.ConsentCookieName, seen.Keys);
        Assert.Contains(BkkPrivacyCatalogue.LanguageCookieName, seen.Keys);
        Assert.Contains(seen.Keys, k => k.StartsWith("bkk.portal.auth", StringComparison.Ordinal));
        session.Passed();
    }

    [Fact]
    public async Task Withdrawing_a_category_in_the_settings_deletes_its_cookies_with_the_keyboard_alone()
    {
        await using var session = await fixture.NewSessionAsync("consent-withdraw");
        var page = session.Page;
        await page.GotoAsync("/informasjonskapsler");
        await Accessibility.AssertNoAxeViolationsAsync(page);

        // Keyboard: to the functional checkbox, tick it with space, and save with Enter.
        var functional = page.GetByRole(AriaRole.Checkbox, new() { Name = "Funksjonelle" });
        await Assertions.Expect(functional).Not.ToBeCheckedAsync();
        await TabToAsync(page, functional);
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Lagre valgene" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("consent-saved")).ToBeVisibleAsync();

        // A chat cookie as the live chat sets it with functional consent (the key of a chat; this one is made up).
        await session.Context.AddCookiesAsync([new Cookie { Name = BkkPrivacyCatalogue.ChatCookieName, Value = "0123456789abcdef0123456789abcdef", Url = new Uri(new Uri(page.Url), "/").ToString() }]);
        Assert.Contains(await session.Context.CookiesAsync(), c => c.Name == BkkPrivacyCatalogue.ChatCookieName);

        await page.GotoAsync("/informasjonskapsler");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Funksjonelle" }).UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lagre valgene" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("consent-saved")).ToBeVisibleAsync();

        Assert.DoesNotContain(await session.Context.CookiesAsync(), c => c.Name == BkkPrivacyCatalogue.ChatCookieName);
        session.Passed();
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task The_banner_passes_axe_and_its_three_choices_are_reached_with_the_keyboard(int width)
    {
        await using var session = await fixture.NewSessionAsync("consent-banner-" + width, width, 812);
        var page = session.Page;
        await page.GotoAsync("/personvern");
        await Assertions.Expect(page.GetByTestId("consent-banner")).ToBeVisibleAsync();
        await Accessibility.AssertNoAxeViolationsAsync(page);
        await Accessibility.AssertNoSidewaysScrollAsync(page, width);

        await page.Keyboard.PressAsync("Tab"); // skip link
        foreach (var name in new[] { "Godta alle", "Bare nødvendige", "Velg selv" })
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal(name, (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Trim());
        }

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Informasjonskapsler");
        await Accessibility.AssertNoAxeViolationsAsync(page);
        session.Passed();
    }

    /// <summary>Presses Tab until the element has focus, as a keyboard user would (at most 60 times).</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail("The element cannot be reached with Tab.");
    }

    /// <summary>The customer pages, and the first invoice and inquiry of each list.</summary>
    private static async Task EventuallyAsync(Func<bool> condition, string failure)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), failure);
    }

    private static async Task AssertOnlyNecessaryAsync(IBrowserContext context)
    {
        foreach (var cookie in await context.CookiesAsync())
        {
            var entry = Catalogue.CookieFor(cookie.Name);
            Assert.True(entry is { Category: CookieCategory.Necessary }, $"The cookie {cookie.Name} is not a necessary one of the catalogue.");
        }
    }
}
