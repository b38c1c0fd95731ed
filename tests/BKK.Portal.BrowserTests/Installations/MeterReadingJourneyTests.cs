using System.Text.RegularExpressions;
using BKK.Portal.BrowserTests.Support;
using BKK.Portal.Tests.Shared;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Installations;

[Collection(BrowserCollection.Name)]
public sealed partial class MeterReadingJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Kari_reads_her_cabin_meter_a_slip_is_confirmed_and_rejected_by_customer_service_and_the_right_reading_with_a_photo_is_registered()
    {
        await using var customer = await fixture.NewSessionAsync("maleravlesning-kunde", width: 375, height: 800);
        var page = customer.Page;
        var portal = new PortalPage(page);
        await portal.LoginAsync("kari");
        await portal.SwitchToAsync("10000025");
        await page.GetByRole(AriaRole.Link, new() { Name = "Anlegg", Exact = true }).ClickAsync();
        await page.GetByTestId("reading-link").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByTestId("reading-due")).ToBeVisibleAsync();
        await Accessibility.CheckPageAsync(page, 375, "maleravlesning-375");
        var last = long.Parse(NotDigits().Replace((await page.GetByTestId("last-reading").TextContentAsync())!.Split("kWh")[0], string.Empty), System.Globalization.CultureInfo.InvariantCulture);
        var today = DateOnly.FromDateTime(DateTime.Now);

        // A slip: a digit left out makes it lower than the last reading. The page asks; Kari stands by it (by mistake).
        await page.GetByLabel("Målerstand (kWh)").FillAsync((last / 10).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Dato for avlesningen").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrer avlesningen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("reading-unlikely")).ToContainTextAsync("lavere enn forrige avlesning");
        await Accessibility.CheckPageAsync(page, 375, "maleravlesning-bekreft-375");
        await page.GetByLabel("Jeg har sjekket at målerstanden er riktig").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrer avlesningen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("reading-saved")).ToContainTextAsync("Kundeservice kontrollerer");

        await using var staff = await fixture.NewSessionAsync("maleravlesning-kundeservice");
        var staffPage = staff.Page;
        await staffPage.GotoAsync("/kundeservice");
        await new PortalPage(staffPage).SubmitLoginAsync("kundeservice1");
        await staffPage.GetByRole(AriaRole.Link, new() { Name = "Forespørsler", Exact = true }).ClickAsync();
        var check = staffPage.GetByTestId("reading-check-row").Filter(new() { HasText = "Lavere enn forrige avlesning" });
        await Assertions.Expect(check).ToHaveCountAsync(1);
        await Accessibility.CheckPageAsync(staffPage, 1280, "kundeservice-avlesninger-1280");
        await check.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Avvis") }).ClickAsync();
        await Assertions.Expect(staffPage.GetByTestId("reading-check-row")).ToHaveCountAsync(0);

        // Kari reads it again, right this time, with a photo of the display taken with her phone (GPS position and all).
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("reading-state").First).ToContainTextAsync("Avvist");
        await page.GetByLabel("Målerstand (kWh)").FillAsync((last + 42).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Dato for avlesningen").FillAsync(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Bilde av måleren (valgfritt)").SetInputFilesAsync(new FilePayload { Name = "IMG_2041.jpg", MimeType = "image/jpeg", Buffer = TestImages.JpegWithGps() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrer avlesningen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("reading-saved")).ToContainTextAsync("forbruket ditt er oppdatert");
        var row = page.GetByTestId("reading-row").First;
        await Assertions.Expect(row).ToContainTextAsync("42 kWh");
        await Assertions.Expect(row).ToContainTextAsync("Registrert");
        await Assertions.Expect(page.GetByTestId("reading-due")).ToHaveCountAsync(0);
        await Accessibility.CheckPageAsync(page, 375, "maleravlesning-lagret-375");
        await page.SetViewportSizeAsync(1280, 900);
        await Accessibility.CheckPageAsync(page, 1280, "maleravlesning-lagret-1280");

        var photo = await page.Context.APIRequest.GetAsync((await row.GetByTestId("reading-photo").GetAttributeAsync("href"))!);
        Assert.Equal("image/jpeg", photo.Headers["content-type"]);
        Assert.False(TestImages.Contains(await photo.BodyAsync(), TestImages.GpsMarker));
        customer.Passed();
        staff.Passed();
    }

    [GeneratedRegex("[^0-9]")]
    private static partial Regex NotDigits();
}
