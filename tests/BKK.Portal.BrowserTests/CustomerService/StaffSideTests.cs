using BKK.Portal.BrowserTests.Support;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.CustomerService;

/// <summary>
/// The staff side as a member of customer service uses it with the keyboard: find a customer by an exact key, open
/// them for the case they handle, read them, and work the queue; the team lead's access log shows the opening. Every
/// page passes axe and fits a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffSideTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task A_member_of_staff_finds_and_opens_a_customer_for_their_case_and_works_the_queue(int width)
    {
        await using var session = await fixture.NewSessionAsync($"staff-side-{width}", width, 900);
        var page = session.Page;
        await page.GotoAsync("/kundeservice");
        await new PortalPage(page).SubmitLoginAsync("kundeservice1");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/kundeservice$"));
        await Accessibility.CheckPageAsync(page, width, $"kundeservice-finn-{width}");

        // Find Ola by his customer number, with the keyboard.
        await page.GetByLabel("Nøkkel").FillAsync("10000041");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("found")).ToContainTextAsync("10000041");
        await page.GetByRole(AriaRole.Link, new() { Name = "Åpne kunden med begrunnelse" }).ClickAsync();
        await Accessibility.CheckPageAsync(page, width, $"kundeservice-apne-{width}");

        // The inquiry she has taken is the reason (the only case, chosen already).
        await Assertions.Expect(page.Locator("input[name=valg]:checked")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Åpne i 30 minutter$") }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("open-until")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("holder")).ToHaveTextAsync("Ola Hansen");
        await Accessibility.CheckPageAsync(page, width, $"kundeservice-kunde-{width}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Henvendelser", Exact = true }).ClickAsync();
        await Accessibility.CheckPageAsync(page, width, $"kundeservice-ko-{width}");
        await page.GotoAsync("/kundeservice/henvendelser?status=tildelt&mine=1");
        await page.Locator("[data-testid=queue] tbody a").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("case-log")).ToBeVisibleAsync();
        await Accessibility.CheckPageAsync(page, width, $"kundeservice-sak-{width}");
        session.Passed();
    }

    [Fact]
    public async Task The_team_lead_sees_the_access_log()
    {
        await using var session = await fixture.NewSessionAsync("staff-access-log", 1280, 900);
        var page = session.Page;
        await page.GotoAsync("/kundeservice/tilgangslogg");
        await new PortalPage(page).SubmitLoginAsync("teamleder");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tilgangslogg");
        await Accessibility.CheckPageAsync(page, 1280, "kundeservice-tilgangslogg-1280");
        await page.SetViewportSizeAsync(375, 900);
        await Accessibility.CheckPageAsync(page, 375, "kundeservice-tilgangslogg-375");
        session.Passed();
    }

    [Fact]
    public async Task Customer_service_sees_a_failed_message_and_sends_it_again_with_the_keyboard()
    {
        var key = $"browser-test:{Guid.NewGuid():N}";
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var message = new OutboxMessage(key, NotificationKind.Outage, NotificationChannel.Sms, null, null, "+4791234567", Language.Bokmal, null, "Strømbrudd i Fjellveien.", null, DateTime.UtcNow);
            message.MarkAttemptFailed(DateTime.UtcNow, "HTTP 400: invalid destination", maximumAttempts: 1, _ => TimeSpan.Zero);
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
        }

        await using var session = await fixture.NewSessionAsync("staff-failed-messages", 1280, 900);
        var page = session.Page;
        await page.GotoAsync("/kundeservice/meldinger");
        await new PortalPage(page).SubmitLoginAsync("kundeservice2");
        var row = page.GetByTestId("failed-messages").Locator("tbody tr").Filter(new() { HasText = "invalid destination" });
        await Assertions.Expect(row).ToContainTextAsync("+479•••67"); // masked: enough to check with the customer
        await Assertions.Expect(row).Not.ToContainTextAsync("91234567");
        await Accessibility.CheckPageAsync(page, 1280, "kundeservice-meldinger-1280");
        await page.SetViewportSizeAsync(375, 900);
        await Accessibility.CheckPageAsync(page, 375, "kundeservice-meldinger-375");

        await row.GetByRole(AriaRole.Button).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("retried")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("failed-messages").Locator("tbody tr").Filter(new() { HasText = "invalid destination" })).ToHaveCountAsync(0);
        session.Passed();
    }
}
