using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Support;

/// <summary>Page object of the portal's shell, with role-based locators as a screen reader user finds them.</summary>
public sealed class PortalPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator CustomerNumber => page.GetByTestId("customer-number");

    public ILocator HolderName => page.GetByTestId("holder-name");

    public ILocator Switcher => page.GetByLabel("Kundeforhold", new() { Exact = true });

    public async Task LoginAsync(string username, string password = "demo")
    {
        await page.GotoAsync("/");
        await SubmitLoginAsync(username, password);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"^https?://[^/]+/(\?.*)?$"), new() { Timeout = 30_000 });
    }

    /// <summary>Logs in on the provider's login form the browser is on, and waits until the portal shows the login.</summary>
    public async Task SubmitLoginAsync(string username, string password = "demo")
    {
        await page.GetByLabel("Brukernavn").FillAsync(username);
        await page.GetByLabel("Passord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();

        // Polled, not an event wait: WaitForURL once missed the end of the quick redirect chain
        // (authorize, signin-oidc, /) and waited 30 s for a load event that had already fired.
        await Assertions.Expect(page.GetByTestId("person-name")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    public async Task SwitchToAsync(string customerNumber)
    {
        await Switcher.SelectOptionAsync(customerNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Bytt" }).ClickAsync();
        await Assertions.Expect(CustomerNumber).ToHaveTextAsync(customerNumber);
    }

    public Task LogoutAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Logg ut" }).ClickAsync();
}
