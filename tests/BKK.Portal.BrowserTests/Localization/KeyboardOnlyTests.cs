using System.Text.RegularExpressions;
using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Localization;

/// <summary>
/// WCAG 2.1.1 and 3.3.1: a customer who uses only the keyboard logs in, switches customer relationship, changes the
/// language, sends the contact form once with an error (which is announced) and once right, and sets the cookie
/// choice. Every step is reached with Tab and done with Enter, Space, arrow keys or typing; no click, no fill.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class KeyboardOnlyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_customer_does_it_all_with_the_keyboard_alone()
    {
        await using var session = await fixture.NewSessionAsync("keyboard-only");
        var page = session.Page;

        // Log in at the provider.
        await page.GotoAsync("/");
        await TabToAsync(page, "#username");
        await page.Keyboard.TypeAsync("ola");
        await TabToAsync(page, "#password");
        await page.Keyboard.TypeAsync("demo");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("person-name")).ToHaveTextAsync("Ola Hansen", new() { Timeout = 30_000 });

        // Switch relationship: the list with the arrow keys, then its button.
        var before = await page.GetByTestId("customer-number").TextContentAsync();
        await TabToAsync(page, "#kundeforhold-velger");
        var last = await page.EvaluateAsync<bool>("() => { const s = document.activeElement; return s.selectedIndex === s.options.length - 1; }");
        await page.Keyboard.PressAsync(last ? "ArrowUp" : "ArrowDown");
        await TabToAsync(page, "form[action$='/kundeforhold/bytt'] button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("customer-number")).Not.ToHaveTextAsync(before!);

        // Change the language: the page stays the same, now in nynorsk.
        await TabToAsync(page, "[data-testid=language-switcher] button[value=nn]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nn");
        await Assertions.Expect(page).ToHaveURLAsync(HomePage());

        // The contact form: sent empty, the error is shown, tied to the field and announced; then sent right.
        await TabToAsync(page, "nav a[href='/henvendelser']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/henvendelser$"));
        await TabToAsync(page, "#ny-henvendelse button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        var field = page.Locator("#Input_Text");
        await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        var message = page.Locator("#Input_Text-feil");
        await Assertions.Expect(message).ToHaveTextAsync("Skriv kva førespurnaden gjeld."); // the validator's message, in nynorsk
        Assert.Contains("Input_Text-feil", await field.GetAttributeAsync("aria-describedby"), StringComparison.Ordinal);
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.id || document.activeElement.getAttribute('role') || ''");
        Assert.True(focused is "Input_Text" or "alert", $"After the refused form the focus is on '{focused}', not on the field in error or the error summary: a screen reader would not announce the error.");
        await Accessibility.AssertNoAxeViolationsAsync(page); // the form with its error, in nynorsk

        await TabToAsync(page, "#Input_Topic");
        await page.Keyboard.PressAsync("ArrowDown");
        await TabToAsync(page, "#Input_Text");
        await page.Keyboard.TypeAsync("Målaren blinkar raudt.");
        await TabToAsync(page, "#ny-henvendelse button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/henvendelser/[^/?]+\?sendt=1$"));
        await Assertions.Expect(page.GetByText("Målaren blinkar raudt.")).ToBeVisibleAsync();

        // The cookie choice: a category with Space, then save.
        await TabToAsync(page, "footer a[href='/informasjonskapsler']");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/informasjonskapsler$"));
        var statistics = page.Locator("input[name=kategori][value=statistics]");
        var wasOn = await statistics.IsCheckedAsync();
        await TabToAsync(page, "input[name=kategori][value=statistics]");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "button[name=valg][value=valgte]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("consent-saved")).ToBeVisibleAsync();
        Assert.Equal(!wasOn, await page.Locator("input[name=kategori][value=statistics]").IsCheckedAsync());
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nn");
        session.Passed();
    }

    /// <summary>Presses Tab until the element the selector names has the focus; fails if Tab never gets there.</summary>
    private static async Task TabToAsync(IPage page, string selector, int maxTabs = 120)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"{maxTabs} presses of Tab never reached {selector} on {page.Url}.");
    }

    [GeneratedRegex(@"^https?://[^/]+/(\?.*)?$")]
    private static partial Regex HomePage();
}
