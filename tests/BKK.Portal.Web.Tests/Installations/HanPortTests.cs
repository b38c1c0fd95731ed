using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Web.Tests.Installations;

/// <summary>The HAN port: the customer asks, customer service carries it out, the customer sees it; only those who may change the relationship ask.</summary>
[Collection(PortalCollection.Name)]
public sealed class HanPortTests(PortalFactory factory)
{
    private const string OlaRelationship = "10000041";

    [Fact]
    public async Task The_holder_asks_to_open_customer_service_opens_it_and_then_the_holder_may_ask_to_close_it()
    {
        var point = (await PortalDatabase.PointsOfAsync(factory, OlaRelationship))[0];
        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");
        Assert.Equal("Stengt", StateOf(await ola.GetPageAsync("/anlegg"), point));

        var asked = await AskAsync(ola, point, "apne");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal("/anlegg?lagret=han", asked.Headers.Location!.OriginalString);
        var page = await ola.GetPageAsync("/anlegg?lagret=han");
        Assert.NotNull(page.QuerySelector("[data-testid=saved]"));
        Assert.StartsWith("Stengt Du ba om å åpne den", StateOf(page, point), StringComparison.Ordinal);
        Assert.Null(Row(page, point).QuerySelector("form")); // one request at a time

        // Asking again while it waits is refused with a message, and nothing more waits.
        var again = await AskAsync(ola, point, "apne", page);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("venter allerede", (await PortalClient.ParseAsync(again)).QuerySelector("[data-testid=han-refused]")!.TextContent, StringComparison.Ordinal);

        using var staff = factory.CreatePortalClient();
        await staff.LoginAsync("kundeservice1");
        var queue = await staff.GetPageAsync("/kundeservice/foresporsler");
        var row = queue.QuerySelectorAll("[data-testid=request-row]").Single(r => r.TextContent.Contains(Formatted(point), StringComparison.Ordinal));
        Assert.Contains("Åpne HAN-porten", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ola", queue.Body!.TextContent, StringComparison.Ordinal); // the point is what the work needs, not the person
        var done = await staff.PostFormAsync("/kundeservice/foresporsler?handler=Complete", queue, new Dictionary<string, string>
        {
            ["foresporsel"] = row.QuerySelector<IHtmlInputElement>("input[name=foresporsel]")!.Value,
        }, "form[action*='Complete']");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.DoesNotContain(Formatted(point), (await staff.Http.GetStringAsync("/kundeservice/foresporsler")), StringComparison.Ordinal);

        Assert.Equal("Åpen", StateOf(await ola.GetPageAsync("/anlegg"), point));

        // Ola's Mine data has the request with its point and when it was done.
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await ola.Http.GetByteArrayAsync("/mine-data/zip"))))
        using (var reader = new StreamReader(zip.GetEntry("foresporsler.json")!.Open()))
        {
            var requests = await reader.ReadToEndAsync();
            Assert.Contains(point, requests, StringComparison.Ordinal);
            Assert.Contains("OpenHanPort", requests, StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await AskAsync(ola, point, "stenge")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await AskAsync(ola, (await PortalDatabase.PointsOfAsync(factory, OlaRelationship))[0], "apne")).StatusCode);

        await PortalDatabase.ChangeAsync(factory, async db =>
        {
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.HanPortRequested || a.Action == AuditAction.HanPortChanged).ToListAsync();
            Assert.Contains(audit, a => a.Action == AuditAction.HanPortRequested && a.ActorSubject == DemoPeople.Ola && a.Detail!.Contains(point, StringComparison.Ordinal));
            Assert.Contains(audit, a => a.Action == AuditAction.HanPortChanged && a.ActorSubject != DemoPeople.Ola && a.Detail!.Contains(point, StringComparison.Ordinal));
            var key = await Consumption.DemoValues.KeyOfAsync(db, point);
            await db.ServiceRequests.Where(r => r.MeteringPointKey == key).ExecuteDeleteAsync();
            await db.MeteringPoints.Where(m => m.Id == key).ExecuteUpdateAsync(s => s.SetProperty(m => m.HanPortOpen, false));
        });
    }

    [Fact]
    public async Task A_limited_grantee_sees_the_port_but_cannot_ask_and_nobody_asks_for_another_relationships_point()
    {
        var olaPoint = (await PortalDatabase.PointsOfAsync(factory, OlaRelationship))[0];
        await using (await PortalDatabase.GrantAsync(factory, DemoPeople.Ingrid, OlaRelationship, AccessLevel.Limited))
        {
            using var ingrid = factory.CreatePortalClient();
            var overview = await PortalClient.ParseAsync(await ingrid.LoginAsync("ingrid"));
            await ingrid.PostFormAsync("/kundeforhold/bytt", overview, new Dictionary<string, string> { ["kundenummer"] = OlaRelationship }, "form.switcher");
            var page = await ingrid.GetPageAsync("/anlegg");
            Assert.NotNull(page.QuerySelector("[data-testid=han-not-allowed]"));
            Assert.Null(Row(page, olaPoint).QuerySelector("form"));
            var refused = await ingrid.PostFormAsync("/anlegg?handler=Han", page, new Dictionary<string, string> { ["malepunkt"] = olaPoint, ["handling"] = "apne" }, "form.switcher");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        Assert.Equal(HttpStatusCode.NotFound, (await AskAsync(kari, olaPoint, "apne")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AskAsync(kari, "707057500000000000", "apne")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await AskAsync(kari, (await PortalDatabase.PointsOfAsync(factory, "10000017"))[0], "knus")).StatusCode);

        // The staff page is customer service's, and its button does nothing for a request that does not wait.
        Assert.Equal(HttpStatusCode.Forbidden, (await kari.Http.GetAsync("/kundeservice/foresporsler")).StatusCode);
        using var staff = factory.CreatePortalClient();
        await staff.LoginAsync("kundeservice1");
        var queue = await staff.GetPageAsync("/kundeservice/foresporsler");
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostFormAsync("/kundeservice/foresporsler?handler=Complete", queue, new Dictionary<string, string> { ["foresporsel"] = "999999" })).StatusCode);
    }

    private static async Task<HttpResponseMessage> AskAsync(PortalClient client, string point, string action, AngleSharp.Html.Dom.IHtmlDocument? page = null)
    {
        page ??= await client.GetPageAsync("/anlegg");
        return await client.PostFormAsync("/anlegg?handler=Han", page, new Dictionary<string, string> { ["malepunkt"] = point, ["handling"] = action }, "form.switcher");
    }

    private static AngleSharp.Dom.IElement Row(AngleSharp.Html.Dom.IHtmlDocument page, string point) =>
        page.QuerySelector($"[data-testid=han-row][data-metering-point='{point}']")!;

    private static string StateOf(AngleSharp.Html.Dom.IHtmlDocument page, string point) =>
        string.Join(' ', Row(page, point).QuerySelector("[data-testid=han-state]")!.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static string Formatted(string point) => Domain.Meters.MeteringPointId.Parse(point).Value!.Formatted;
}
