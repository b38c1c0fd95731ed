using BKK.Portal.BrowserTests.Support;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Chat;

/// <summary>
/// The live chat in two browsers: a customer (Kari, with functional cookies allowed) and a member of customer service
/// write to each other in real time; the customer reloads and goes on; after the end the transcript is in her
/// Henvendelser. Both sides pass axe and fit a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChatPageTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task A_customer_and_customer_service_chat_in_real_time_across_a_reload_and_the_transcript_is_kept(int width)
    {
        await using var customerSession = await fixture.NewSessionAsync($"chat-customer-{width}", width, 900);
        await using var staffSession = await fixture.NewSessionAsync($"chat-staff-{width}", 1280, 900);
        await ChatAsync(customerSession.Page, staffSession.Page, width);
        customerSession.Passed();
        staffSession.Passed();
    }

    /// <summary>The whole conversation; the two-instance test runs it with the two sides on two portal processes.</summary>
    internal static async Task ChatAsync(IPage customer, IPage staff, int width)
    {
        // Kari allows functional cookies, logs in and starts a chat about her invoice.
        await customer.GotoAsync("/informasjonskapsler");
        await customer.Locator("#kategori-functional").CheckAsync();
        await customer.GetByTestId("consent-settings").Locator("button[value=valgte]").ClickAsync();
        await new PortalPage(customer).LoginAsync("kari");
        await customer.GotoAsync("/chat");
        await customer.GetByLabel("Hva gjelder det?").SelectOptionAsync(new SelectOptionValue { Label = "Faktura og betaling" });
        await customer.GetByRole(AriaRole.Button, new() { Name = "Start chat" }).ClickAsync();
        await Assertions.Expect(customer.GetByTestId("chat-status")).ToContainTextAsync("Du står i kø");
        await Accessibility.CheckPageAsync(customer, width, $"chat-kunde-venter-{width}");

        // Customer service sees her waiting, with the waiting time, and takes the chat.
        await staff.GotoAsync("/kundeservice/chat");
        await new PortalPage(staff).SubmitLoginAsync("kundeservice1");
        var waiting = staff.GetByTestId("waiting-chat").Filter(new() { HasText = "Kari Nordmann" });
        await Assertions.Expect(waiting.GetByTestId("waiting-label")).ToContainTextAsync("har ventet");
        await Accessibility.CheckPageAsync(staff, 1280, $"chat-kundeservice-ko-{width}");
        await waiting.GetByTestId("take-chat").ClickAsync();
        await Assertions.Expect(customer.GetByTestId("chat-status")).ToContainTextAsync("Silje Kundeservice");
        var panel = staff.GetByTestId("my-chat").Filter(new() { HasText = "Kari Nordmann" }).Last;

        // Both ways, as they are sent; the keyboard alone sends (Enter).
        await customer.GetByLabel("Melding", new() { Exact = true }).FillAsync("Hei! Hvorfor er fakturaen <b>høy</b>?");
        await customer.GetByLabel("Melding", new() { Exact = true }).PressAsync("Enter");
        await Assertions.Expect(panel.GetByTestId("chat-log")).ToContainTextAsync("Hvorfor er fakturaen <b>høy</b>?"); // as text
        await panel.GetByTestId("chat-input").FillAsync("Hei Kari, det var kaldt i oktober.");
        await panel.GetByTestId("chat-send").ClickAsync();
        await Assertions.Expect(customer.GetByTestId("chat-log")).ToContainTextAsync("det var kaldt i oktober");
        await Accessibility.CheckPageAsync(customer, width, $"chat-kunde-samtale-{width}");
        await Accessibility.CheckPageAsync(staff, 1280, $"chat-kundeservice-samtale-{width}");

        // A reload within 3 minutes (the chat cookie): the conversation goes on.
        await customer.ReloadAsync();
        await Assertions.Expect(customer.GetByTestId("chat-log")).ToContainTextAsync("det var kaldt i oktober");
        await Assertions.Expect(customer.GetByTestId("chat-status")).ToContainTextAsync("Silje Kundeservice");
        await customer.GetByLabel("Melding", new() { Exact = true }).FillAsync("Takk, da forstår jeg.");
        await customer.GetByTestId("chat-send").ClickAsync();
        await Assertions.Expect(panel.GetByTestId("chat-log")).ToContainTextAsync("Takk, da forstår jeg.");

        // Customer service ends it; the customer sees that, and the transcript is in her Henvendelser.
        await panel.GetByTestId("chat-end").ClickAsync();
        await Assertions.Expect(customer.GetByTestId("chat-status")).ToContainTextAsync("Chatten er avsluttet");
        await customer.GotoAsync("/henvendelser");
        await customer.Locator("[data-testid=inquiries] tbody a").First.ClickAsync();
        await Assertions.Expect(customer.GetByTestId("case-log")).ToContainTextAsync("Takk, da forstår jeg.");
        await Assertions.Expect(customer.GetByTestId("case-log")).ToContainTextAsync("Hvorfor er fakturaen <b>høy</b>?");
    }

    [Fact]
    public async Task A_visitor_without_functional_cookies_starts_with_a_name_and_the_page_says_a_reload_ends_it()
    {
        await using var session = await fixture.NewSessionAsync("chat-visitor", 375, 812);
        var page = session.Page;
        await page.GotoAsync("/chat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start chat" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("form-errors")).ToContainTextAsync("Skriv navnet ditt.");
        await page.GetByLabel("Navnet ditt").FillAsync("Vera Besøkende");
        await page.GetByLabel("Hva gjelder det?").SelectOptionAsync(new SelectOptionValue { Label = "Strømbrudd" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Start chat" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("chat-status")).ToContainTextAsync("Du står i kø");
        await Assertions.Expect(page.GetByTestId("chat")).ToContainTextAsync("avsluttes chatten om du laster siden på nytt");
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "bkk.chat");
        await Accessibility.CheckPageAsync(page, 375, "chat-besokende-375");
        await page.GetByTestId("chat-end").ClickAsync();
        await Assertions.Expect(page.GetByTestId("chat-status")).ToContainTextAsync("Chatten er avsluttet");
        session.Passed();
    }
}
