using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Shell;

[Collection(BrowserCollection.Name)]
public sealed class LoginJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Customer_logs_in_switches_relationship_and_logs_out()
    {
        await using var session = await fixture.NewSessionAsync(nameof(Customer_logs_in_switches_relationship_and_logs_out));
        var portal = new PortalPage(session.Page);
        var loginTime = DateTimeOffset.UtcNow;

        var setCookies = new SetCookieRecorder(session.Context);
        await portal.LoginAsync("kari");

        await Assertions.Expect(portal.Heading).ToHaveTextAsync("Oversikt");
        await Assertions.Expect(portal.CustomerNumber).ToHaveTextAsync("10000017");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Rowheader, new() { Name = "Fjellveien 12, 5019 Bergen" })).ToBeVisibleAsync();

        var loginCookies = (await session.Context.CookiesAsync())
            .Where(c => c.Name.StartsWith("bkk.portal.auth", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(loginCookies);
        Assert.All(loginCookies, c =>
        {
            Assert.True(c.HttpOnly, $"{c.Name} must be HttpOnly");
            Assert.Equal(SameSiteAttribute.Lax, c.SameSite);
            Assert.True(c.Expires > 0, $"{c.Name} must have an expiry");
        });
        var sent = await setCookies.LastAsync(n => n == "bkk.portal.auth");
        Assert.InRange(sent.Expires!.Value - loginTime, TimeSpan.FromHours(23), TimeSpan.FromHours(24).Add(TimeSpan.FromMinutes(1)));

        await portal.SwitchToAsync("10000025");

        await Assertions.Expect(portal.CustomerNumber).ToHaveTextAsync("10000025");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Rowheader, new() { Name = "Hyttevegen 3, 5700 Voss" })).ToBeVisibleAsync();
        await Assertions.Expect(session.Page.GetByText("Fjellveien 12, 5019 Bergen")).ToHaveCountAsync(0);

        await portal.LogoutAsync();

        await Assertions.Expect(portal.Heading).ToHaveTextAsync("Du er logget ut");
        Assert.DoesNotContain(await session.Context.CookiesAsync(), c => c.Name.StartsWith("bkk.portal.auth", StringComparison.Ordinal));
        await session.Page.GotoAsync("/");
        await Assertions.Expect(session.Page.GetByLabel("Passord")).ToBeVisibleAsync(); // the provider asks again
        session.Passed();
    }

    [Fact]
    public async Task Overview_meets_wcag_21_aa_and_works_with_the_keyboard()
    {
        await using var session = await fixture.NewSessionAsync(nameof(Overview_meets_wcag_21_aa_and_works_with_the_keyboard));
        var portal = new PortalPage(session.Page);

        await session.Page.GotoAsync("/");
        await Accessibility.AssertNoAxeViolationsAsync(session.Page); // the login page of the development provider
        await portal.LoginAsync("ola");
        await Accessibility.AssertNoAxeViolationsAsync(session.Page);

        // Keyboard only: the skip link comes first, then the cookie banner's three choices.
        await session.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Link, new() { Name = "Hopp til hovedinnholdet" })).ToBeFocusedAsync();
        await session.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Button, new() { Name = "Godta alle" })).ToBeFocusedAsync();
        await session.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Button, new() { Name = "Bare nødvendige" })).ToBeFocusedAsync();
        await session.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(session.Page.GetByTestId("consent-banner")).ToHaveCountAsync(0);

        // Then the skip link, the brand, the three languages, then the relationship switcher; Enter submits.
        await session.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Link, new() { Name = "Hopp til hovedinnholdet" })).ToBeFocusedAsync();
        await session.Page.Keyboard.PressAsync("Tab");
        foreach (var language in new[] { "Bokmål", "Nynorsk", "English" })
        {
            await session.Page.Keyboard.PressAsync("Tab");
            await Assertions.Expect(session.Page.GetByRole(AriaRole.Button, new() { Name = language, Exact = true })).ToBeFocusedAsync();
        }

        await session.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(portal.Switcher).ToBeFocusedAsync();
        await session.Page.Keyboard.PressAsync("ArrowDown");
        await session.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Button, new() { Name = "Bytt" })).ToBeFocusedAsync();
        await session.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(portal.HolderName).ToHaveTextAsync("Ingrid Hansen");
        session.Passed();
    }

    [Fact]
    public async Task Overview_reads_well_on_a_375_px_phone()
    {
        await using var session = await fixture.NewSessionAsync(nameof(Overview_reads_well_on_a_375_px_phone), 375, 812);
        var portal = new PortalPage(session.Page);

        await portal.LoginAsync("per");

        await Assertions.Expect(portal.HolderName).ToHaveTextAsync("Bakke Bakeri AS");
        await Accessibility.AssertNoSidewaysScrollAsync(session.Page, 375);
        await Accessibility.AssertNoAxeViolationsAsync(session.Page);
        session.Passed();
    }
}
