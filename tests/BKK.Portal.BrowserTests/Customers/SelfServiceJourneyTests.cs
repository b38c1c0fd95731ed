using BKK.Portal.BrowserTests.Support;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Customers;

[Collection(BrowserCollection.Name)]
public sealed class SelfServiceJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Owner_changes_phone_sends_an_inquiry_and_gives_limited_access_that_the_other_person_sees()
    {
        string perNumber;
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            perNumber = (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().People.AsNoTracking().SingleAsync(p => p.Subject == DemoPeople.Per))
                .NationalIdentityNumber.Value;
        }

        await using (var kari = await fixture.NewSessionAsync("kari-self-service"))
        {
            var page = kari.Page;
            await new PortalPage(page).LoginAsync("kari");

            // Phone: a bad number is stopped in the browser, a good one saved and still there after a reload.
            await page.GetByRole(AriaRole.Link, new() { Name = "Kundeforhold", Exact = true }).ClickAsync();
            var phone = page.GetByLabel("Telefon", new() { Exact = true });
            var posts = 0;
            page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;
            var email = page.GetByLabel("E-post", new() { Exact = true });
            var storedEmail = await email.InputValueAsync();
            await phone.FillAsync("12345");
            await email.FillAsync("kari@");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lagre kontaktopplysninger" }).ClickAsync();
            await Assertions.Expect(page.Locator("#Input_Phone-feil")).ToContainTextAsync("8 siffer");
            await Assertions.Expect(page.Locator("#Input_Email-feil")).ToHaveTextAsync("Skriv inn en gyldig e-postadresse, for eksempel navn@eksempel.no.");
            await Assertions.Expect(phone).ToHaveAttributeAsync("aria-invalid", "true");
            Assert.Equal(0, posts); // the browser's own check, with the server's message
            await email.FillAsync(storedEmail);
            await phone.FillAsync("934 56 789");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lagre kontaktopplysninger" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("saved")).ToHaveTextAsync("Kontaktopplysningene er lagret.");
            await page.ReloadAsync();
            await Assertions.Expect(page.GetByLabel("Telefon", new() { Exact = true })).ToHaveValueAsync("+4793456789");

            // An inquiry, seen in the list.
            await page.GetByRole(AriaRole.Link, new() { Name = "Henvendelser", Exact = true }).ClickAsync();
            await page.GetByLabel("Emne").SelectOptionAsync(new SelectOptionValue { Label = "Flytting" });
            await page.GetByLabel("Hva gjelder det?").FillAsync("Jeg flytter fra hytta 1. mars. Hva må jeg gjøre?");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send henvendelse" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("sent")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "‹ Alle henvendelser" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("inquiries").GetByRole(AriaRole.Link, new() { Name = "Flytting" })).ToBeVisibleAsync();

            // Limited access for Per.
            await page.GetByRole(AriaRole.Link, new() { Name = "Fullmakt", Exact = true }).ClickAsync();
            await page.GetByLabel("Fødselsnummer").FillAsync(perNumber);
            await page.GetByLabel("Navn", new() { Exact = true }).FillAsync("Per Bakke");
            await page.GetByLabel("Begrenset fullmakt (forbruk og anlegg)").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Gi fullmakt" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("saved")).ToHaveTextAsync("Fullmakten er gitt.");
            await Assertions.Expect(page.GetByTestId("grants")).ToContainTextAsync("Per Bakke");
            kari.Passed();
        }

        await using var per = await fixture.NewSessionAsync("per-limited");
        var portal = new PortalPage(per.Page);
        await portal.LoginAsync("per");
        await portal.SwitchToAsync("10000017");
        await per.Page.GetByRole(AriaRole.Link, new() { Name = "Forbruk", Exact = true }).ClickAsync();
        await Assertions.Expect(per.Page.Locator("#forbruk-diagram")).ToBeVisibleAsync();
        await per.Page.GetByRole(AriaRole.Link, new() { Name = "Fakturaer", Exact = true }).ClickAsync();
        await Assertions.Expect(per.Page.GetByTestId("limited-access")).ToBeVisibleAsync();
        await Assertions.Expect(per.Page.GetByTestId("invoice-table")).ToHaveCountAsync(0);
        per.Passed();
    }

    [Theory]
    [InlineData("/kundeforhold")]
    [InlineData("/anlegg")]
    [InlineData("/henvendelser")]
    [InlineData("/fullmakt")]
    public async Task Self_service_pages_meet_wcag_21_aa_on_a_375_px_phone(string url)
    {
        await using var session = await fixture.NewSessionAsync("wcag" + url.Replace('/', '-'), 375, 812);
        await new PortalPage(session.Page).LoginAsync("ola");

        await session.Page.GotoAsync(url);
        await Accessibility.AssertNoSidewaysScrollAsync(session.Page, 375);
        await Accessibility.AssertNoAxeViolationsAsync(session.Page);

        // The form's messages too: submitted empty, every message beside its field, still no violation.
        var submit = session.Page.Locator("main form[novalidate] button[type=submit]");
        if (await submit.CountAsync() > 0)
        {
            foreach (var input in await session.Page.Locator("main form[novalidate] input[type=text], main form[novalidate] input:not([type]), main form[novalidate] input[type=tel], main form[novalidate] input[type=email], main form[novalidate] textarea").AllAsync())
            {
                await input.FillAsync(string.Empty);
            }

            await submit.First.ClickAsync();
            await Assertions.Expect(session.Page.Locator(".field-message:not(:empty)").First).ToBeVisibleAsync();
            await Accessibility.AssertNoSidewaysScrollAsync(session.Page, 375);
            await Accessibility.AssertNoAxeViolationsAsync(session.Page);
        }

        session.Passed();
    }

    [Theory]
    [InlineData(375, 812)]
    [InlineData(1280, 900)]
    public async Task A_full_grantee_reads_the_holders_contact_data_without_a_form_and_the_page_meets_wcag_21_aa(int width, int height)
    {
        await using var session = await fixture.NewSessionAsync($"full-grantee-contact-{width}", width, height);
        var portal = new PortalPage(session.Page);
        await portal.LoginAsync("ola");
        await portal.SwitchToAsync("10000033");

        await session.Page.GetByRole(AriaRole.Link, new() { Name = "Kundeforhold", Exact = true }).ClickAsync();

        await Assertions.Expect(session.Page.GetByTestId("contact-holders-own")).ToContainTextAsync("Bare innehaveren kan endre dem");
        await Assertions.Expect(session.Page.GetByTestId("contact-read-only")).ToContainTextAsync("E-post");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Button, new() { Name = "Lagre kontaktopplysninger" })).ToHaveCountAsync(0);
        await Accessibility.AssertNoSidewaysScrollAsync(session.Page, width);
        await Accessibility.AssertNoAxeViolationsAsync(session.Page);
        await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", $"kundeforhold-full-grantee-{width}.png"), FullPage = true });
        session.Passed();
    }
}
