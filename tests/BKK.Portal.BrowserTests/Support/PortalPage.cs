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
        await page.GetByLabel("Brukernavn").FillAsync(username);
        await page.GetByLabel("Passord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logg inn" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }

    public async Task SwitchToAsync(string customerNumber)
    {
        await Switcher.SelectOptionAsync(customerNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Bytt" }).ClickAsync();
        await Assertions.Expect(CustomerNumber).ToHaveTextAsync(customerNumber);
    }

    public Task LogoutAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Logg ut" }).ClickAsync();
}
