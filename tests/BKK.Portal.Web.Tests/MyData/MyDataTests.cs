using System.IO.Compression;
using System.Net;
using System.Text.Json;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.MyData;

[Collection(PortalCollection.Name)]
public sealed class MyDataTests(PortalFactory factory)
{
    [Fact]
    public async Task Mine_data_holds_every_category_with_the_counts_the_pages_show_and_nothing_of_others()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var invoicesShown = (await kari.GetPageAsync("/fakturaer")).QuerySelectorAll("[data-testid=invoice-table] tbody tr").Length;
        var paymentsShown = (await kari.GetPageAsync("/betalinger")).QuerySelectorAll("[data-testid=payment-table] tbody tr").Length;
        var inquiriesShown = (await kari.GetPageAsync("/henvendelser")).QuerySelectorAll("[data-testid=inquiries] tbody tr").Length;
        var pointsShown = (await kari.GetPageAsync("/anlegg")).QuerySelectorAll("[data-testid=installations] tbody tr").Length
            + (await kari.GetPageAsync("/anlegg?kundeforhold=10000025")).QuerySelectorAll("[data-testid=installations] tbody tr").Length;

        var response = await kari.Http.GetAsync("/mine-data/zip");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        await using var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var zip = new ZipArchive(body, ZipArchiveMode.Read);
        Assert.Equal(
            ["avlesninger.json", "betalinger.csv", "deling-av-data.json", "fakturaer.json", "forbruk.csv", "foresporsler.json", "henvendelser.json", "innlogginger.json", "kundeforhold.json", "kundeservice-innsyn.json", "profil.json", "revisjonslogg.json", "sammendrag.html", "samtykker.json", "tilganger.json", "varsler.json"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));

        Assert.Equal(invoicesShown, Json(zip, "fakturaer.json").GetArrayLength());
        Assert.Equal(paymentsShown, Lines(zip, "betalinger.csv").Length - 1);
        Assert.Equal(inquiriesShown, Json(zip, "henvendelser.json").GetArrayLength());
        var relationships = Json(zip, "kundeforhold.json");
        Assert.Equal(2, relationships.GetArrayLength());
        Assert.Equal(pointsShown, relationships.EnumerateArray().Sum(r => r.GetProperty("MeteringPoints").GetArrayLength()));
        Assert.Equal("Kari Nordmann", Json(zip, "profil.json").GetProperty("Name").GetString());

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var kariPoints = await db.AccessGrants.Where(g => g.Person.Subject == Infrastructure.DemoData.DemoPeople.Kari && g.Level == Domain.Access.AccessLevel.Owner)
            .SelectMany(g => g.Relationship.MeteringPoints.Select(m => m.Id)).ToListAsync();
        Assert.Equal(await db.MeterValues.CountAsync(v => kariPoints.Contains(v.MeteringPointKey)), Lines(zip, "forbruk.csv").Length - 1);
        // The logins kept for her now (this one among them), with times only: no session reference, no ticket.
        var sessions = Json(zip, "innlogginger.json");
        Assert.Equal(await db.LoginSessions.CountAsync(x => x.Subject == Infrastructure.DemoData.DemoPeople.Kari), sessions.GetArrayLength());
        Assert.True(sessions.GetArrayLength() >= 1);
        Assert.Equal(["CreatedUtc", "ExpiresUtc", "LastSeenUtc"], sessions[0].EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var summary = Text(zip, "sammendrag.html");
        Assert.Contains($"<th scope=\"row\">Fakturaer</th><td>{invoicesShown}</td>", summary, StringComparison.Ordinal);

        var everything = string.Concat(zip.Entries.Where(e => e.FullName != "forbruk.csv").Select(e => Text(zip, e.FullName)));
        Assert.DoesNotContain("Bakke", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Ola Hansen", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mine_data_holds_the_persons_message_choices_and_the_messages_sent_to_them_and_nobody_elses()
    {
        var marker = Guid.NewGuid().ToString("N");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var per = await db.People.SingleAsync(p => p.Subject == Infrastructure.DemoData.DemoPeople.Per);
            var ola = await db.People.SingleAsync(p => p.Subject == Infrastructure.DemoData.DemoPeople.Ola);
            var bakery = await db.AccessGrants.Where(g => g.PersonId == per.Id).Select(g => g.CustomerRelationshipId).SingleAsync();
            if (!await db.NotificationChoices.AnyAsync(c => c.PersonId == per.Id))
            {
                var choice = new NotificationChoice(per.Id, bakery, DateTime.UtcNow);
                choice.Choose(NotificationKind.Outage, NotificationKind.InvoiceReady, Language.English, 2.5m, null, DateTime.UtcNow);
                db.NotificationChoices.Add(choice);
            }

            var toPer = new OutboxMessage($"mydata:{marker}:per", NotificationKind.InvoiceReady, NotificationChannel.Email, per.Id, bakery, "per@bakke-bakeri.example.no",
                Language.English, "New invoice from BKK Nett", $"Invoice for Per {marker}", null, DateTime.UtcNow);
            toPer.MarkSent(DateTime.UtcNow, "ref-1");
            db.OutboxMessages.Add(toPer);
            db.OutboxMessages.Add(new OutboxMessage($"mydata:{marker}:ola", NotificationKind.Outage, NotificationChannel.Sms, ola.Id, null, "+4799887766",
                Language.Bokmal, null, $"Strømbrudd for Ola {marker}", null, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        using var client = factory.CreatePortalClient();
        await client.LoginAsync("per");
        var response = await client.Http.GetAsync("/mine-data/zip");
        await using var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var zip = new ZipArchive(body, ZipArchiveMode.Read);
        var messages = Json(zip, "varsler.json");

        var choices = messages.GetProperty("Choices");
        Assert.Equal(1, choices.GetArrayLength());
        Assert.Equal("20000016", choices[0].GetProperty("CustomerNumber").GetString());
        Assert.Equal("Outage", choices[0].GetProperty("Sms").GetString());
        Assert.Equal("InvoiceReady", choices[0].GetProperty("Email").GetString());
        Assert.Equal("en", choices[0].GetProperty("Language").GetString());
        Assert.Equal(2.5m, choices[0].GetProperty("CapacityMarginKw").GetDecimal());
        var sent = messages.GetProperty("Messages").EnumerateArray().Where(m => m.GetProperty("Body").GetString()!.Contains(marker, StringComparison.Ordinal)).ToList();
        var mine = Assert.Single(sent); // Ola's message, written at the same time, is not here
        Assert.Equal($"Invoice for Per {marker}", mine.GetProperty("Body").GetString());
        Assert.Equal("Sent", mine.GetProperty("Status").GetString());
        Assert.Equal("per@bakke-bakeri.example.no", mine.GetProperty("Recipient").GetString());
        Assert.DoesNotContain("Ola", Text(zip, "varsler.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mine_data_needs_a_login()
    {
        using var visitor = factory.CreatePortalClient();

        var response = await visitor.Http.GetAsync("/mine-data/zip");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/dev-idp/connect/authorize", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static string Text(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static string[] Lines(ZipArchive zip, string name) => Text(zip, name).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static JsonElement Json(ZipArchive zip, string name) => JsonDocument.Parse(Text(zip, name)).RootElement;
}
