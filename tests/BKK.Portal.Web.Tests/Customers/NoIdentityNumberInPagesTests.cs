using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Customers;

[Collection(PortalCollection.Name)]
public sealed class NoIdentityNumberInPagesTests(PortalFactory factory)
{
    [Theory]
    [InlineData("kari", null)]
    [InlineData("ola", null)]
    [InlineData("ola", "10000033")]
    [InlineData("per", null)]
    [InlineData("per", "10000017")] // with a limited grant to Kari's home
    public async Task No_page_of_kundeforhold_anlegg_henvendelser_or_fullmakt_holds_a_full_identity_number(string user, string? relationship)
    {
        var limited = user == "per" && relationship == "10000017";
        if (limited)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var home = await db.CustomerRelationships.SingleAsync(r => r.CustomerNumber == Domain.Customers.CustomerNumber.Parse(relationship).Value!);
            db.AccessGrants.Add(new Domain.Access.AccessGrant(await db.People.SingleAsync(p => p.Subject == DemoPeople.Per), home, Domain.Access.AccessLevel.Limited, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        try
        {
            await ScanAsync(user, relationship);
        }
        finally
        {
            if (limited)
            {
                await using var scope = factory.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AccessGrants
                    .Where(g => g.Person.Subject == DemoPeople.Per && g.Level == Domain.Access.AccessLevel.Limited).ExecuteDeleteAsync();
            }
        }
    }

    private async Task ScanAsync(string user, string? relationship)
    {
        string[] numbers;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            numbers = (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().People.AsNoTracking().ToListAsync())
                .Select(p => p.NationalIdentityNumber.Value).ToArray();
        }

        Assert.Equal(DemoPeople.Subjects.Count + 1, numbers.Length); // the people who log in, and the demo's former customer
        using var client = factory.CreatePortalClient();
        var overview = await PortalClient.ParseAsync(await client.LoginAsync(user));
        if (relationship is not null)
        {
            await client.PostFormAsync("/kundeforhold/bytt", overview, new Dictionary<string, string> { ["kundenummer"] = relationship }, "form.switcher");
        }

        var inquiries = await client.GetPageAsync("/henvendelser");
        var urls = new List<string> { "/", "/kundeforhold", "/kundeforhold?lagret=kontakt", "/anlegg", "/henvendelser", "/fullmakt", "/fullmakt?lagret=gitt", "/fakturaer" };
        urls.AddRange(inquiries.QuerySelectorAll("[data-testid=inquiries] a").Select(a => a.GetAttribute("href")!));
        var pages = new List<(string Url, string Html)>();
        foreach (var url in urls)
        {
            var response = await client.Http.GetAsync(url);
            pages.Add((url, await response.Content.ReadAsStringAsync()));
        }

        // The forms refused: what was typed comes back, but never an identity number.
        var kundeforhold = await client.GetPageAsync("/kundeforhold");
        if (kundeforhold.QuerySelector("form.contact-form") is not null)
        {
            var refused = await client.PostFormAsync("/kundeforhold", kundeforhold, new Dictionary<string, string> { ["Input.Phone"] = "1" }, "form.contact-form");
            pages.Add(("/kundeforhold (refused)", await refused.Content.ReadAsStringAsync()));
        }

        if (inquiries.QuerySelector("main form") is not null)
        {
            var refused = await client.PostFormAsync("/henvendelser", inquiries, new Dictionary<string, string> { ["Input.Text"] = "" }, "main form");
            pages.Add(("/henvendelser (refused)", await refused.Content.ReadAsStringAsync()));
        }

        // A grant the owner must correct: the number typed in is not written back.
        var fullmakt = await client.GetPageAsync("/fullmakt");
        if (fullmakt.QuerySelector("form[action*='Grant']") is not null)
        {
            var failed = await client.PostFormAsync("/fullmakt?handler=Grant", fullmakt,
                new Dictionary<string, string> { ["Input.NationalIdentityNumber"] = numbers[^1], ["Input.Name"] = "Feil Navn", ["Input.Level"] = "Full" }, "form[action*='Grant']");
            pages.Add(("/fullmakt (failed grant)", await failed.Content.ReadAsStringAsync()));
        }

        Assert.True(pages.Count >= 5);
        foreach (var (url, html) in pages)
        {
            foreach (var number in numbers)
            {
                Assert.False(html.Contains(number, StringComparison.Ordinal), $"{url} holds a full identity number");
            }

            Assert.DoesNotMatch(@"(?<!\d)\d{11}(?!\d)", System.Text.RegularExpressions.Regex.Replace(html, "value=\"CfDJ[^\"]*\"", string.Empty));
        }
    }
}
