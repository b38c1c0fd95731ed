using System.Net;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Access;

[Collection(PortalCollection.Name)]
public sealed class GrantPageTests(PortalFactory factory)
{
    private const string KariHome = "10000017";

    [Fact]
    public async Task The_owner_grants_limited_access_the_other_person_sees_consumption_and_installations_only_until_it_is_revoked()
    {
        var per = await PersonAsync(DemoPeople.Per);
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var page = await kari.GetPageAsync("/fullmakt");
        var before = DateTime.UtcNow.AddSeconds(-1);

        var granted = await kari.PostFormAsync("/fullmakt?handler=Grant", page, new Dictionary<string, string>
        {
            ["Input.NationalIdentityNumber"] = per.NationalIdentityNumber.Value,
            ["Input.Name"] = "per  bakke",
            ["Input.Level"] = "Limited",
        }, "form[action*='Grant']");

        try
        {
            Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
            Assert.Equal("/fullmakt?lagret=gitt", granted.Headers.Location!.OriginalString);
            var list = await kari.GetPageAsync("/fullmakt?lagret=gitt");
            Assert.Equal("Fullmakten er gitt.", list.QuerySelector("[data-testid=saved]")!.TextContent);
            var row = list.QuerySelectorAll("[data-testid=grants] tbody tr").Single(r => r.TextContent.Contains("Per Bakke", StringComparison.Ordinal));
            Assert.Contains("Begrenset fullmakt", row.TextContent, StringComparison.Ordinal);

            using var perClient = factory.CreatePortalClient();
            var overview = await PortalClient.ParseAsync(await perClient.LoginAsync("per"));
            await perClient.PostFormAsync("/kundeforhold/bytt", overview, new Dictionary<string, string> { ["kundenummer"] = KariHome }, "form.switcher");
            Assert.NotNull((await perClient.GetPageAsync("/forbruk")).QuerySelector("[data-testid=consumption-table]"));
            Assert.NotNull((await perClient.GetPageAsync("/anlegg")).QuerySelector("[data-testid=installations]"));
            var kariContact = await ContactOfKariAsync();
            var kariInquiry = await KariInquiryAsync();
            // The month so far without its amounts: what the relationship pays is account data.
            var limitedOverview = await perClient.GetPageAsync("/");
            Assert.NotNull(limitedOverview.QuerySelector("[data-testid=kwh-so-far]"));
            Assert.NotNull(limitedOverview.QuerySelector("[data-testid=capacity-step]"));
            Assert.Null(limitedOverview.QuerySelector("[data-testid=grid-rent-so-far]"));
            Assert.Null(limitedOverview.QuerySelector("[data-testid=so-far-lines]"));
            Assert.Null(limitedOverview.QuerySelector("[data-testid=account-summary]"));
            foreach (var url in new[] { "/fakturaer", "/betalinger", "/kundeforhold", "/henvendelser", $"/henvendelser/{kariInquiry.Id}", "/strompris" })
            {
                var limited = await perClient.GetPageAsync(url);
                Assert.NotNull(limited.QuerySelector("[data-testid=limited-access]"));
                Assert.Null(limited.QuerySelector("#Input_Phone"));
                // (Her postal address is also her home's installation address, which a limited grant may see.)
                foreach (var secret in new[] { kariContact.Email!, kariContact.Phone!, kariInquiry.Text })
                {
                    Assert.DoesNotContain(secret, limited.Body!.InnerHtml, StringComparison.Ordinal);
                }
            }

            var henvendelse = await perClient.GetPageAsync($"/henvendelser/{kariInquiry.Id}");
            Assert.Equal(HttpStatusCode.Forbidden, (await perClient.PostFormAsync($"/henvendelser/{kariInquiry.Id}", henvendelse, new Dictionary<string, string> { ["Input.Text"] = "Hei" }, "form.switcher")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await perClient.PostFormAsync("/fullmakt?handler=Grant", henvendelse, new Dictionary<string, string> { ["Input.Name"] = "Per Bakke" }, "form.switcher")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await perClient.PostFormAsync("/fullmakt?handler=Revoke", henvendelse, new Dictionary<string, string> { ["fullmakt"] = "1" }, "form.switcher")).StatusCode);

            // A limited grant sees the holder's name, never the identity number (its first six digits are the birth date).
            var holders = (await perClient.GetPageAsync("/kundeforhold")).QuerySelector("[data-testid=holders]")!.TextContent;
            Assert.Contains("Kari Nordmann", holders, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\d{6}", holders);
            Assert.DoesNotContain("fødselsnummer", holders, StringComparison.Ordinal);

            Assert.NotNull((await perClient.GetPageAsync("/fullmakt")).QuerySelector("[data-testid=not-owner]"));
            var kundeforhold = await perClient.GetPageAsync("/kundeforhold");
            Assert.Equal(HttpStatusCode.Forbidden, (await perClient.PostFormAsync("/kundeforhold", kundeforhold, new Dictionary<string, string> { ["Input.Phone"] = "40000000" }, "form.switcher")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await perClient.PostFormAsync("/henvendelser", kundeforhold, new Dictionary<string, string> { ["Input.Topic"] = "Other", ["Input.Text"] = "Hei" }, "form.switcher")).StatusCode);

            var revoke = list.QuerySelectorAll("[data-testid=grants] tbody tr").Single(r => r.TextContent.Contains("Per Bakke", StringComparison.Ordinal));
            var grantId = revoke.QuerySelector("input[name=fullmakt]")!.GetAttribute("value")!;
            var revoked = await kari.PostFormAsync("/fullmakt?handler=Revoke", list, new Dictionary<string, string> { ["fullmakt"] = grantId }, "form[action*='Revoke']");
            Assert.Equal("/fullmakt?lagret=trukket", revoked.Headers.Location!.OriginalString);

            // At Per's next request Kari's relationship is gone: he is back on his own, not stuck on a 403.
            var own = await perClient.GetPageAsync("/");
            Assert.Equal("20000016", own.QuerySelector("[data-testid=customer-number]")!.TextContent);
            Assert.DoesNotContain(KariHome, own.QuerySelector("#kundeforhold-velger")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await perClient.Http.GetAsync("/forbruk?kundeforhold=" + KariHome)).StatusCode);

            await using var scope = factory.Services.CreateAsyncScope();
            var actions = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries
                .Where(a => a.AtUtc >= before && a.ActorSubject == DemoPeople.Kari).Select(a => a.Action).ToListAsync();
            Assert.Contains(AuditAction.AccessGranted, actions);
            Assert.Contains(AuditAction.AccessRevoked, actions);
        }
        finally
        {
            await RemoveGrantsAsync(per.Id, KariHome);
        }
    }

    public static TheoryData<string, string, string, string, string> BadGrants() => new()
    {
        { "", "Per Bakke", "Limited", "NationalIdentityNumber", "Skriv inn fødselsnummeret" },
        { "1234567890", "Per Bakke", "Limited", "NationalIdentityNumber", "11 siffer" },
        { "per-wrong-check", "Per Bakke", "Limited", "NationalIdentityNumber", "ikke gyldig" },
        { "unknown", "Nils Nilsen", "Limited", "NationalIdentityNumber", "finner ingen bruker" },
        { "per", "Pål Bakke", "Limited", "NationalIdentityNumber", "finner ingen bruker" },
        { "per", "", "Limited", "Name", "Skriv inn navnet" },
        { "per", new string('N', 201), "Limited", "Name", "høyst 200 tegn" },
        { "per", "Per Bakke", "", "Level", "Velg hvilken tilgang" },
        { "per", "Per Bakke", "Owner", "Level", "begrenset eller full" },
        { "kari", "Kari Nordmann", "Full", "NationalIdentityNumber", "eier allerede" },
    };

    [Theory]
    [MemberData(nameof(BadGrants))]
    public async Task Each_bad_grant_gets_its_message_beside_the_field_no_identity_number_back_and_nothing_saved(string number, string name, string level, string field, string message)
    {
        var per = await PersonAsync(DemoPeople.Per);
        var typed = number switch
        {
            "per" => per.NationalIdentityNumber.Value,
            "kari" => (await PersonAsync(DemoPeople.Kari)).NationalIdentityNumber.Value,
            "per-wrong-check" => per.NationalIdentityNumber.Value[..10] + (char)('0' + ((per.NationalIdentityNumber.Value[10] - '0' + 1) % 10)),
            "unknown" => NationalIdentityNumber.Compose(new DateOnly(1990, 5, 17), 123, synthetic: true)!.Value,
            _ => number,
        };
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var page = await kari.GetPageAsync("/fullmakt");
        var grants = await GrantCountAsync();

        var response = await kari.PostFormAsync("/fullmakt?handler=Grant", page, new Dictionary<string, string>
        {
            ["Input.NationalIdentityNumber"] = typed,
            ["Input.Name"] = name,
            ["Input.Level"] = level,
        }, "form[action*='Grant']");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var result = await PortalClient.ParseAsync(response);
        Assert.Contains(message, result.QuerySelector($"#Input_{field}-feil")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.QuerySelector("#Input_NationalIdentityNumber")!.GetAttribute("value") ?? string.Empty);
        if (typed.Length == 11)
        {
            Assert.DoesNotContain(typed, html, StringComparison.Ordinal);
        }

        Assert.Equal(name, result.QuerySelector("#Input_Name")!.GetAttribute("value") ?? string.Empty);
        Assert.Equal(grants, await GrantCountAsync());
    }

    [Fact]
    public async Task Someone_with_full_access_may_not_manage_access()
    {
        using var ola = factory.CreatePortalClient();
        var overview = await PortalClient.ParseAsync(await ola.LoginAsync("ola"));
        await ola.PostFormAsync("/kundeforhold/bytt", overview, new Dictionary<string, string> { ["kundenummer"] = "10000033" }, "form.switcher");
        var grants = await GrantCountAsync();

        var page = await ola.GetPageAsync("/fullmakt");
        Assert.NotNull(page.QuerySelector("[data-testid=not-owner]"));
        Assert.Null(page.QuerySelector("[data-testid=grants]"));
        var per = await PersonAsync(DemoPeople.Per);
        Assert.Equal(HttpStatusCode.Forbidden, (await ola.PostFormAsync("/fullmakt?handler=Grant", page, new Dictionary<string, string>
        {
            ["Input.NationalIdentityNumber"] = per.NationalIdentityNumber.Value, ["Input.Name"] = "Per Bakke", ["Input.Level"] = "Full",
        }, "form.switcher")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ola.PostFormAsync("/fullmakt?handler=Revoke", page, new Dictionary<string, string> { ["fullmakt"] = "1" }, "form.switcher")).StatusCode);
        Assert.Equal(grants, await GrantCountAsync());

    }

    [Fact]
    public async Task Contact_data_is_the_holders_own_a_full_grant_sees_it_read_only_and_cannot_change_it()
    {
        var ingrid = await PersonAsync(DemoPeople.Ingrid);
        var ola = await PersonAsync(DemoPeople.Ola);
        using var client = factory.CreatePortalClient();
        var overview = await PortalClient.ParseAsync(await client.LoginAsync("ola"));
        await client.PostFormAsync("/kundeforhold/bytt", overview, new Dictionary<string, string> { ["kundenummer"] = "10000033" }, "form.switcher");

        var mothers = await client.GetPageAsync("/kundeforhold");
        Assert.Null(mothers.QuerySelector("form.contact-form"));
        Assert.Contains(ingrid.Contact.Phone!, mothers.QuerySelector("[data-testid=contact-read-only]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(mothers.QuerySelector("[data-testid=contact-holders-own]"));
        var posted = await client.PostFormAsync("/kundeforhold", mothers, new Dictionary<string, string>
        {
            ["Input.AddressLine"] = "Angrepsveien 1", ["Input.PostalCode"] = "5018", ["Input.PostalPlace"] = "Bergen",
            ["Input.Phone"] = "40000666", ["Input.Email"] = "ola.tar.over@example.no",
        }, "form.switcher");
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(ingrid.Contact, (await PersonAsync(DemoPeople.Ingrid)).Contact);

        // On his own relationship he changes his own contact data, and only his.
        overview = await client.GetPageAsync("/");
        await client.PostFormAsync("/kundeforhold/bytt", overview, new Dictionary<string, string> { ["kundenummer"] = "10000041" }, "form.switcher");
        var own = await client.GetPageAsync("/kundeforhold");
        Assert.NotNull(own.QuerySelector("form.contact-form"));
        var saved = await client.PostFormAsync("/kundeforhold", own, new Dictionary<string, string>
        {
            ["Input.AddressLine"] = ola.Contact.AddressLine!, ["Input.PostalCode"] = ola.Contact.PostalCode!, ["Input.PostalPlace"] = ola.Contact.PostalPlace!,
            ["Input.Phone"] = ola.Contact.Phone!, ["Input.Email"] = ola.Contact.Email!,
        }, "form.contact-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(ingrid.Contact, (await PersonAsync(DemoPeople.Ingrid)).Contact);
    }

    [Fact]
    public async Task A_grant_of_another_relationship_cannot_be_revoked()
    {
        int olasGrant;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            olasGrant = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AccessGrants
                .Where(g => g.Person.Subject == DemoPeople.Ola && g.Level == AccessLevel.Full).Select(g => g.Id).SingleAsync();
        }

        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var page = await kari.GetPageAsync("/fullmakt");
        var grants = await GrantCountAsync();

        var response = await kari.PostFormAsync("/fullmakt?handler=Revoke", page, new Dictionary<string, string> { ["fullmakt"] = olasGrant.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "form[action*='Grant']");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(grants, await GrantCountAsync());
    }

    private async Task<ContactData> ContactOfKariAsync() => (await PersonAsync(DemoPeople.Kari)).Contact;

    private async Task<(int Id, string Text)> KariInquiryAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var number = CustomerNumber.Parse(KariHome).Value!;
        var relationship = await db.CustomerRelationships.Where(r => r.CustomerNumber == number).Select(r => r.Id).SingleAsync();
        var inquiry = await db.Inquiries.Include(i => i.Messages).Where(i => i.CustomerRelationshipId == relationship).OrderBy(i => i.Id).FirstAsync();
        return (inquiry.Id, inquiry.Messages[0].Text);
    }

    private async Task<Person> PersonAsync(string subject)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().People.AsNoTracking().SingleAsync(p => p.Subject == subject);
    }

    private async Task<int> GrantCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AccessGrants.CountAsync();
    }

    private async Task RemoveGrantsAsync(int personId, string customerNumber)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var number = CustomerNumber.Parse(customerNumber).Value!;
        await db.AccessGrants.Where(g => g.PersonId == personId && g.Relationship.CustomerNumber == number && g.Level != AccessLevel.Owner).ExecuteDeleteAsync();
    }
}
