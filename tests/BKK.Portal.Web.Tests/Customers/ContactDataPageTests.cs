using System.Net;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Customers;

[Collection(PortalCollection.Name)]
public sealed class ContactDataPageTests(PortalFactory factory)
{
    private static readonly Dictionary<string, string> Good = new()
    {
        ["Input.AddressLine"] = "Kalfarveien 31",
        ["Input.PostalCode"] = "5018",
        ["Input.PostalPlace"] = "Bergen",
        ["Input.Phone"] = "+47 912 34 567",
        ["Input.Email"] = "kari@eksempel.no",
    };

    [Fact]
    public async Task Kundeforhold_shows_the_relationship_the_masked_holder_and_the_contact_form_with_client_rules()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var page = await kari.GetPageAsync("/kundeforhold");

        Assert.Equal("10000017", page.QuerySelector("[data-testid=customer-number]")!.TextContent);
        Assert.Matches(@"Kari Nordmann, fødselsnummer \d{6} \*{5}", page.QuerySelector("[data-testid=holders]")!.TextContent);
        var phone = page.QuerySelector("#Input_Phone")!;
        Assert.Equal("true", phone.GetAttribute("data-val"));
        Assert.Contains("8 siffer", phone.GetAttribute("data-val-regex"), StringComparison.Ordinal);
        Assert.Equal("tel", phone.GetAttribute("autocomplete"));
        Assert.NotNull(page.QuerySelector("script[src^='/lib/jquery-validation-unobtrusive/']"));
    }

    [Fact]
    public async Task A_valid_change_is_saved_with_an_audit_entry_per_field_and_the_page_says_so_after_a_redirect()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var page = await kari.GetPageAsync("/kundeforhold");
        var before = DateTime.UtcNow.AddSeconds(-1);

        var response = await kari.PostFormAsync("/kundeforhold", page, new Dictionary<string, string>(Good) { ["Input.Phone"] = "987 65 432" }, "form.contact-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/kundeforhold?lagret=kontakt", response.Headers.Location!.OriginalString);
        var saved = await kari.GetPageAsync("/kundeforhold?lagret=kontakt");
        Assert.Equal("Kontaktopplysningene er lagret.", saved.QuerySelector("[data-testid=saved]")!.TextContent);
        Assert.Equal("+4798765432", saved.QuerySelector("#Input_Phone")!.GetAttribute("value"));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var entries = await db.AuditEntries.Where(a => a.AtUtc >= before && a.Action == AuditAction.ContactDataChanged).ToListAsync();
        Assert.Contains(entries, e => e.Field == "Phone" && e.ActorSubject == DemoPeople.Kari);
        Assert.All(entries, e => Assert.DoesNotContain("987", e.Detail ?? string.Empty, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("AddressLine", "", "Skriv inn adressen.")]
    [InlineData("AddressLine", "A*201", "høyst 200 tegn")]
    [InlineData("PostalPlace", "B*101", "høyst 100 tegn")]
    [InlineData("Email", "a*243@eksempel.no", "høyst 254 tegn")]
    [InlineData("PostalCode", "", "Skriv inn postnummeret.")]
    [InlineData("PostalCode", "502", "fire siffer")]
    [InlineData("PostalCode", "0000", "fire siffer")]
    [InlineData("PostalPlace", "", "Skriv inn poststedet.")]
    [InlineData("PostalPlace", "5020 Bergen", "bare ha bokstaver")]
    [InlineData("Phone", "", "Skriv inn telefonnummeret.")]
    [InlineData("Phone", "+47 9123456", "8 siffer")]
    [InlineData("Phone", "12345", "8 siffer")]
    [InlineData("Email", "", "Skriv inn e-postadressen.")]
    [InlineData("Email", "kari@eksempel", "gyldig e-postadresse")]
    public async Task Each_bad_field_gets_its_message_beside_it_keeps_what_was_typed_and_saves_nothing(string field, string value, string message)
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var page = await kari.GetPageAsync("/kundeforhold");
        var stored = await ContactOfAsync(DemoPeople.Kari);
        value = Expand(value);

        var response = await kari.PostFormAsync("/kundeforhold", page,
            new Dictionary<string, string>(Good) { ["Input.Phone"] = "40000000", ["Input." + field] = value }, "form.contact-form");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var result = await PortalClient.ParseAsync(response);
        Assert.Contains(message, result.QuerySelector($"#Input_{field}-feil")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(value, result.QuerySelector($"#Input_{field}")!.GetAttribute("value") ?? string.Empty);
        if (field != "Phone")
        {
            Assert.Equal("40000000", result.QuerySelector("#Input_Phone")!.GetAttribute("value")); // the other fields keep what was typed too
        }

        Assert.NotNull(result.QuerySelector("[data-testid=form-errors]"));
        Assert.Equal(stored, await ContactOfAsync(DemoPeople.Kari));
    }

    [Fact]
    public async Task A_foreign_phone_number_is_saved_as_typed_without_spaces()
    {
        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");
        var page = await ola.GetPageAsync("/kundeforhold");

        var response = await ola.PostFormAsync("/kundeforhold", page, new Dictionary<string, string>(Good)
        {
            ["Input.Phone"] = "+46 70 123 45 67", ["Input.Email"] = "ola@eksempel.no", ["Input.PostalPlace"] = "Mo i Rana",
        }, "form.contact-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await ContactOfAsync(DemoPeople.Ola);
        Assert.Equal("+46701234567", saved.Phone);
        Assert.Equal("Mo i Rana", saved.PostalPlace);
    }

    /// <summary>"A*201" is 201 A's; "a*243@eksempel.no" is 243 a's and the domain (255 in all).</summary>
    private static string Expand(string value)
    {
        var match = System.Text.RegularExpressions.Regex.Match(value, @"^(.)\*(\d+)(.*)$");
        return match.Success ? new string(match.Groups[1].Value[0], int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)) + match.Groups[3].Value : value;
    }

    private async Task<ContactData> ContactOfAsync(string subject)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().People.AsNoTracking().Where(p => p.Subject == subject).Select(p => p.Contact).SingleAsync();
    }
}
