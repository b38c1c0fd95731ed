using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Chat;

[Collection(BrowserCollection.Name)]
public sealed class ChatPageTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Until_the_live_chat_exists_the_chat_page_offers_the_phone_and_the_inquiry_form_and_passes_axe(int width)
    {
        await using var session = await fixture.NewSessionAsync("chat-" + width, width, 812);
        var page = session.Page;
        await page.GotoAsync("/chat");

        await Assertions.Expect(page.GetByTestId("chat-not-open")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "55 12 70 00" })).ToHaveAttributeAsync("href", "tel:+4755127000");
        await Assertions.Expect(page.Locator("main").GetByRole(AriaRole.Button)).ToHaveCountAsync(0); // nothing to start
        await Accessibility.AssertNoAxeViolationsAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"chat-{width}.png"), FullPage = true });

        // The inquiry link, with the keyboard: to the login, and from there to the form.
        await page.GetByRole(AriaRole.Link, new() { Name = "Send en henvendelse" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await new PortalPage(page).SubmitLoginAsync("kari");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ny henvendelse" })).ToBeVisibleAsync();
        session.Passed();
    }
}
