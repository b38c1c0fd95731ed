using System.IO.Compression;
using System.Net;
using System.Text.Json;
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
            ["betalinger.csv", "fakturaer.json", "forbruk.csv", "henvendelser.json", "innlogginger.json", "kundeforhold.json", "kundeservice-innsyn.json", "profil.json", "revisjonslogg.json", "sammendrag.html", "samtykker.json", "tilganger.json", "varsler.json"],
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
