using AngleSharp.Dom;
using System.Net;
using System.Text.Json;
using BKK.Portal.Application.Sharing;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Web.Tests.Sharing;

/// <summary>Deling av data and the API: a key is made, shown once, used, counted and taken back, and every wrong key is refused alike.</summary>
[Collection(PortalCollection.Name)]
public sealed class ApiTokenTests(PortalFactory factory)
{
    private const string KariHome = "10000017";
    private const string KariCabin = "10000025";
    private const string Ola = "10000041";

    [Fact]
    public async Task A_key_is_shown_once_stored_only_as_a_hash_and_reads_the_chosen_metering_points()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var points = await PortalDatabase.PointsOfAsync(factory, KariHome);
        var response = await ApiTokens.PostCreateAsync(kari, "Hjemmeautomasjon", [points[0]], "MeterValues", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var page = await PortalClient.ParseAsync(response);
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("[data-testid=new-token-value]")!.Value;
        Assert.True(ApiTokenSecret.IsWellFormed(token));

        // Never again: the list shows the prefix only, and the database holds the hash.
        var list = await kari.Http.GetStringAsync(ApiTokens.Page);
        Assert.DoesNotContain(token, list, StringComparison.Ordinal);
        Assert.Contains(token[..ApiTokenSecret.PrefixLength], list, StringComparison.Ordinal);
        await PortalDatabase.ChangeAsync(factory, async db =>
        {
            var prefix = token[..ApiTokenSecret.PrefixLength];
            var stored = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Prefix == prefix);
            Assert.Equal(ApiTokenSecret.Hash(token), stored.Hash);
            Assert.Equal("Hjemmeautomasjon", stored.Name);
            var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.ApiTokenCreated).ToListAsync();
            Assert.Contains(audit, a => a.Detail!.Contains(stored.Prefix, StringComparison.Ordinal) && a.ActorSubject == DemoPeople.Kari);
            Assert.DoesNotContain(audit, a => a.Detail!.Contains(token, StringComparison.Ordinal));
        });

        using var app = ApiTokens.App(factory, token);
        var answer = await app.GetAsync("/api/v1/metering-points");
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        using var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        var ids = json.RootElement.GetProperty("meteringPoints").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Equal([points[0]], ids);

        // Mine data has the key as it is stored: its prefix, never the key.
        var zipBytes = await kari.Http.GetByteArrayAsync("/mine-data/zip");
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(zipBytes));
        using var reader = new StreamReader(zip.GetEntry("deling-av-data.json")!.Open());
        var shared = await reader.ReadToEndAsync();
        Assert.Contains(token[..ApiTokenSecret.PrefixLength], shared, StringComparison.Ordinal);
        Assert.Contains("Hjemmeautomasjon", shared, StringComparison.Ordinal);
        Assert.DoesNotContain(token, shared, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_month_of_values_comes_in_kwh_with_offsets_and_sums_to_the_stored_values_and_by_the_hour_to_the_same()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var point = (await PortalDatabase.PointsOfAsync(factory, KariHome))[0];
        var token = await ApiTokens.CreateAsync(kari, "Måned", [point], "MeterValues");
        using var app = ApiTokens.App(factory, token);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var from = month.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var to = month.AddMonths(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var quarters = JsonDocument.Parse(await app.GetStringAsync($"/api/v1/metering-points/{point}/values?from={from}&to={to}"));
        using var hours = JsonDocument.Parse(await app.GetStringAsync($"/api/v1/metering-points/{point}/values?from={from}&to={to}&resolution=PT60M"));
        var values = quarters.RootElement.GetProperty("values").EnumerateArray().ToList();
        var hourly = hours.RootElement.GetProperty("values").EnumerateArray().ToList();
        Assert.NotEmpty(values);
        Assert.Equal("kWh", quarters.RootElement.GetProperty("unit").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT00:00:00\+0[12]:00$", values[0].GetProperty("start").GetString()!);
        Assert.All(hourly, h => Assert.Equal("PT60M", h.GetProperty("resolution").GetString()));
        Assert.True(hourly.Count * 3 < values.Count || values.All(v => v.GetProperty("resolution").GetString() == "PT60M"));

        long stored = 0;
        await PortalDatabase.ChangeAsync(factory, async db =>
        {
            var key = await Consumption.DemoValues.KeyOfAsync(db, point);
            var (fromUtc, toUtc) = (Domain.Common.OsloTime.ToUtc(month), Domain.Common.OsloTime.ToUtc(month.AddMonths(1)));
            stored = await db.MeterValues.Where(v => v.MeteringPointKey == key && v.Direction == Domain.Consumption.FlowDirection.Consumption && v.StartUtc >= fromUtc && v.StartUtc < toUtc).SumAsync(v => v.QuantityWh);
        });
        Assert.Equal(stored / 1000m, values.Sum(v => v.GetProperty("kwh").GetDecimal()));
        Assert.Equal(stored / 1000m, hourly.Sum(v => v.GetProperty("kwh").GetDecimal()));
    }

    [Fact]
    public async Task Every_wrong_key_gets_the_same_401_and_none_at_all_a_401_without_an_error()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var points = await PortalDatabase.PointsOfAsync(factory, KariHome);
        var expired = await ApiTokens.CreateAsync(kari, "Utløper", [points[0]]);
        var revoked = await ApiTokens.CreateAsync(kari, "Trekkes", [points[0]]);
        await PortalDatabase.ChangeAsync(factory, async db =>
        {
            var prefix = expired[..ApiTokenSecret.PrefixLength];
            var row = await db.ApiTokens.SingleAsync(t => t.Prefix == prefix);
            db.Entry(row).Property(t => t.ExpiresUtc).CurrentValue = DateTime.UtcNow.AddSeconds(-1);
        });
        await RevokeOnPageAsync(kari, revoked);

        var (unknown, _, _) = ApiTokenSecret.New();
        var (sameStart, _, _) = ApiTokenSecret.New();
        sameStart = revoked[..ApiTokenSecret.PrefixLength] + sameStart[ApiTokenSecret.PrefixLength..]; // a real key's prefix, another secret
        var answers = new List<string>();
        foreach (var wrong in new[] { "bkk_short", "Basic a2FyaTpkZW1v", unknown, sameStart, expired, revoked, expired.ToUpperInvariant(), revoked + "x" })
        {
            using var app = ApiTokens.App(factory, null);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/metering-points");
            request.Headers.TryAddWithoutValidation("Authorization", wrong.StartsWith("Basic", StringComparison.Ordinal) ? wrong : "Bearer " + wrong);
            var response = await app.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Single(answers.Distinct());

        using var none = ApiTokens.App(factory, null);
        var missing = await none.GetAsync("/api/v1/metering-points");
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("Bearer realm=\"bkk-api\"", missing.Headers.WwwAuthenticate.ToString());

        // Never from the address (it would be in logs and histories), never from the login cookie.
        var good = await ApiTokens.CreateAsync(kari, "Gyldig", [points[0]]);
        Assert.Equal(HttpStatusCode.Unauthorized, (await none.GetAsync("/api/v1/metering-points?access_token=" + good)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await kari.Http.GetAsync("/api/v1/metering-points")).StatusCode);
    }

    [Fact]
    public async Task A_point_not_of_the_key_and_a_point_that_does_not_exist_get_the_same_404_and_a_scope_not_given_a_403()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var home = await PortalDatabase.PointsOfAsync(factory, KariHome);
        var cabin = await PortalDatabase.PointsOfAsync(factory, KariCabin);
        var ola = await PortalDatabase.PointsOfAsync(factory, Ola);
        var token = await ApiTokens.CreateAsync(kari, "Bare forbruk", [home[0]], "MeterValues");
        using var app = ApiTokens.App(factory, token);
        const string period = "?from=2026-01-01&to=2026-01-02";

        var notFound = new List<string>();
        foreach (var other in new[] { cabin[0], ola[0], "707057500000000000", "123" }.Concat(home.Skip(1)))
        {
            var response = await app.GetAsync($"/api/v1/metering-points/{other}/values{period}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            notFound.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Single(notFound.Distinct());
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync($"/api/v1/metering-points/{home[0]}/values{period}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.GetAsync($"/api/v1/metering-points/{home[0]}/capacity")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.GetAsync("/api/v1/invoices")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync($"/api/v1/metering-points/{home[0]}/spot-prices{period}")).StatusCode);
    }

    [Fact]
    public async Task A_key_stops_when_the_relationship_ends_and_when_the_grant_it_rests_on_is_taken_back()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var home = await PortalDatabase.PointsOfAsync(factory, KariHome);

        // Per gets full access to Kari's home, makes a key there, and loses the access.
        await using var grant = await PortalDatabase.GrantAsync(factory, DemoPeople.Per, KariHome, AccessLevel.Full);
        using var perClient = factory.CreatePortalClient();
        var overview = await PortalClient.ParseAsync(await perClient.LoginAsync("per"));
        await perClient.PostFormAsync("/kundeforhold/bytt", overview, new Dictionary<string, string> { ["kundenummer"] = KariHome }, "form.switcher");
        var pers = await ApiTokens.CreateAsync(perClient, "Pers app", [home[0]], "MeterValues");
        var karis = await ApiTokens.CreateAsync(kari, "Karis app", [home[0]], "MeterValues");
        using var perApp = ApiTokens.App(factory, pers);
        using var kariApp = ApiTokens.App(factory, karis);
        Assert.Equal(HttpStatusCode.OK, (await perApp.GetAsync("/api/v1/metering-points")).StatusCode);

        // The owner sees Per's key too, with who made it.
        var list = await kari.GetPageAsync(ApiTokens.Page);
        Assert.Contains("Per Bakke", list.QuerySelector($"[data-prefix='{pers[..ApiTokenSecret.PrefixLength]}']")!.TextContent, StringComparison.Ordinal);

        await grant.DisposeAsync(); // the fullmakt is taken back
        Assert.Equal(HttpStatusCode.Unauthorized, (await perApp.GetAsync("/api/v1/metering-points")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kariApp.GetAsync("/api/v1/metering-points")).StatusCode);

        // The relationship ends (yesterday): Kari's key stops as well; it works again if the end is undone.
        try
        {
            await EndAsync(KariHome, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2));
            Assert.Equal(HttpStatusCode.Unauthorized, (await kariApp.GetAsync("/api/v1/metering-points")).StatusCode);

            // Nor is a new key offered for it, or made when asked for.
            var page = await kari.GetPageAsync(ApiTokens.Page + "?kundeforhold=" + KariHome);
            Assert.NotNull(page.QuerySelector("[data-testid=ended]"));
            Assert.Null(page.QuerySelector("form[action*='Create']"));
            var refused = await kari.PostFormAsync(ApiTokens.Page + "?handler=Create&kundeforhold=" + KariHome, page, new Dictionary<string, string>
            {
                ["Input.Name"] = "For sent", ["Input.MeteringPoints"] = home[0], ["Input.MeterValues"] = "true", ["Input.ExpiresOn"] = "2027-01-01",
            }, "form.switcher");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        finally
        {
            await EndAsync(KariHome, null);
        }

        Assert.Equal(HttpStatusCode.OK, (await kariApp.GetAsync("/api/v1/metering-points")).StatusCode);
    }

    [Fact]
    public async Task Taking_a_key_back_stops_it_at_once_is_audited_and_shows_in_the_list()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var home = await PortalDatabase.PointsOfAsync(factory, KariHome);
        var token = await ApiTokens.CreateAsync(kari, "Tilbake", [home[0]], "MeterValues");
        using var app = ApiTokens.App(factory, token);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/api/v1/metering-points")).StatusCode);
        await RevokeOnPageAsync(kari, token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.GetAsync("/api/v1/metering-points")).StatusCode);
        var row = (await kari.GetPageAsync(ApiTokens.Page)).QuerySelector($"[data-prefix='{token[..ApiTokenSecret.PrefixLength]}']")!;
        Assert.StartsWith("Trukket tilbake", row.QuerySelector("[data-testid=token-status]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("form"));
        await PortalDatabase.ChangeAsync(factory, async db =>
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.ApiTokenRevoked && a.Detail!.Contains(token.Substring(0, ApiTokenSecret.PrefixLength)))));

        // Another person's key, or one that does not exist, cannot be taken back from here.
        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");
        var olasPage = await ola.GetPageAsync(ApiTokens.Page);
        var id = (await IdOfAsync(token)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.NotFound, (await ola.PostFormAsync(ApiTokens.Page + "?handler=Revoke", olasPage, new Dictionary<string, string> { ["nokkel"] = id }, "form[action*='Create']")).StatusCode);
    }

    [Fact]
    public async Task Calls_are_counted_per_day_and_shown_to_the_owner()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var home = await PortalDatabase.PointsOfAsync(factory, KariHome);
        var token = await ApiTokens.CreateAsync(kari, "Teller", [home[0]], "MeterValues");
        using var app = ApiTokens.App(factory, token);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/api/v1/metering-points")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await app.GetAsync("/api/v1/metering-points/707057500000000000/values?from=2026-01-01&to=2026-01-02")).StatusCode);
        await ApiTokens.FlushUsageAsync(factory);
        var row = (await kari.GetPageAsync(ApiTokens.Page)).QuerySelector($"[data-prefix='{token[..ApiTokenSecret.PrefixLength]}']")!;
        Assert.Equal("4 i dag, 4 siste 30 dager", row.QuerySelector("[data-testid=token-calls]")!.TextContent.Trim());
        Assert.DoesNotContain("Aldri", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_refuses_what_is_wrong_with_a_message_for_each_field()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var ola = await PortalDatabase.PointsOfAsync(factory, Ola);
        var cases = new (string Name, string[] Points, string Scopes, DateOnly? Expires, string Field)[]
        {
            ("", [], "MeterValues", today.AddDays(5), "Input_Name"),
            (new string('x', 61), [], "MeterValues", today.AddDays(5), "Input_Name"),
            ("App", [], "MeterValues", today.AddDays(5), "Input_MeteringPoints"),
            ("App", [ola[0]], "MeterValues", today.AddDays(5), "Input_MeteringPoints"),
            ("App", ["707057500000000018"], "", today.AddDays(5), "Input_Scopes"),
            ("App", ["707057500000000018"], "MeterValues", null, "Input_ExpiresOn"),
            ("App", ["707057500000000018"], "MeterValues", today, "Input_ExpiresOn"),
            ("App", ["707057500000000018"], "MeterValues", today.AddYears(1).AddDays(1), "Input_ExpiresOn"),
        };
        foreach (var (name, points, scopes, expires, field) in cases)
        {
            var response = await ApiTokens.PostCreateAsync(kari, name, points, scopes, expires);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await PortalClient.ParseAsync(response);
            Assert.Null(page.QuerySelector("[data-testid=new-token]"));
            Assert.NotNull(page.QuerySelector($"[data-testid=form-errors] a[href='#{field}']"));
            Assert.NotNull(page.GetElementById(field));
        }
    }

    [Fact]
    public async Task A_business_customer_makes_keys_and_a_limited_grant_cannot()
    {
        using var per = factory.CreatePortalClient();
        await per.LoginAsync("per");
        var bakery = await PortalDatabase.PointsOfAsync(factory, "20000016");
        var overview = await per.GetPageAsync("/");
        await per.PostFormAsync("/kundeforhold/bytt", overview, new Dictionary<string, string> { ["kundenummer"] = "20000016" }, "form.switcher");
        var token = await ApiTokens.CreateAsync(per, "Bakeriets energistyring", bakery, "MeterValues,Capacity,Invoices");
        using var app = ApiTokens.App(factory, token);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/api/v1/invoices")).StatusCode);
        Assert.Equal(bakery.Count, JsonDocument.Parse(await app.GetStringAsync("/api/v1/metering-points")).RootElement.GetProperty("meteringPoints").GetArrayLength());

        await using (await PortalDatabase.GrantAsync(factory, DemoPeople.Ola, "20000016", AccessLevel.Limited))
        {
            using var ola = factory.CreatePortalClient();
            var olaOverview = await PortalClient.ParseAsync(await ola.LoginAsync("ola"));
            await ola.PostFormAsync("/kundeforhold/bytt", olaOverview, new Dictionary<string, string> { ["kundenummer"] = "20000016" }, "form.switcher");
            var page = await ola.GetPageAsync(ApiTokens.Page);
            Assert.NotNull(page.QuerySelector("[data-testid=not-allowed]"));
            Assert.Null(page.QuerySelector("form[action*='Create']"));
            var refused = await ola.PostFormAsync(ApiTokens.Page + "?handler=Create", page, new Dictionary<string, string> { ["Input.Name"] = "x", ["Input.MeteringPoints"] = bakery[0], ["Input.MeterValues"] = "true" }, "form.switcher");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
    }

    [Fact]
    public async Task Unknown_addresses_and_other_methods_under_api_are_problems_not_pages()
    {
        using var app = ApiTokens.App(factory, null);
        var unknown = await app.GetAsync("/api/v2/anything");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);

        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var token = await ApiTokens.CreateAsync(kari, "Metode", [(await PortalDatabase.PointsOfAsync(factory, KariHome))[0]], "MeterValues");
        using var withKey = ApiTokens.App(factory, token);
        var post = await withKey.PostAsync("/api/v1/metering-points", new StringContent("{}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal("application/problem+json", post.Content.Headers.ContentType!.MediaType);
        foreach (var bad in new[] { "from=2026-13-01&to=2026-02-01", "from=2026-01-01&to=2026-01-01", "from=2025-01-01&to=2026-01-03", "from=2026-01-01&to=2026-01-02&resolution=PT5M", "from=2026-01-01&to=2026-01-02&direction=both", "to=2026-01-02" })
        {
            var response = await withKey.GetAsync($"/api/v1/metering-points/{(await PortalDatabase.PointsOfAsync(factory, KariHome))[0]}/values?{bad}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        }
    }

    private static async Task RevokeOnPageAsync(PortalClient client, string token)
    {
        var page = await client.GetPageAsync(ApiTokens.Page);
        var row = page.QuerySelector($"[data-prefix='{token[..ApiTokenSecret.PrefixLength]}']")!;
        var form = row.QuerySelector("form")!;
        var response = await client.PostFormAsync(ApiTokens.Page + "?handler=Revoke", page, new Dictionary<string, string>
        {
            ["nokkel"] = form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=nokkel]")!.Value,
        }, "form[action*='Create']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<int> IdOfAsync(string token)
    {
        var id = 0;
        await PortalDatabase.ChangeAsync(factory, async db => id = await db.ApiTokens.Where(t => t.Prefix == token.Substring(0, ApiTokenSecret.PrefixLength)).Select(t => t.Id).SingleAsync());
        return id;
    }

    private Task EndAsync(string customerNumber, DateOnly? end) => PortalDatabase.ChangeAsync(factory, async db =>
    {
        var number = CustomerNumber.Parse(customerNumber).Value!;
        await db.CustomerRelationships.Where(r => r.CustomerNumber == number).ExecuteUpdateAsync(s => s.SetProperty(r => r.EndDate, end));
    });
}
