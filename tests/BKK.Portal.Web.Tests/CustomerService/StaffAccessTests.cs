using System.Net;
using BKK.Portal.Application.CustomerService;
using BKK.Portal.Domain.Inquiries;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.CustomerService;

/// <summary>
/// The staff side over HTTP, on a portal of its own with a clock the test moves: the two sides kept apart, finding a
/// customer by an exact key only, opening with a reason for 30 minutes, the access log, and the customer's Mine data.
/// </summary>
public sealed class StaffAccessTests(StaffAccessTests.StaffPortal portal) : IClassFixture<StaffAccessTests.StaffPortal>
{
    public sealed class StaffPortal : PortalFactory
    {
        public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

        public RecordingNotifications Notifications { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s =>
            {
                s.AddSingleton<TimeProvider>(Clock);
                s.AddSingleton<IInquiryNotifications>(Notifications);
            });
        }
    }

    public sealed class RecordingNotifications : IInquiryNotifications
    {
        public List<(int Id, InquiryStatus Status)> Told { get; } = [];

        public Task AnsweredAsync(Inquiry inquiry, CancellationToken cancellationToken)
        {
            lock (Told)
            {
                Told.Add((inquiry.Id, inquiry.Status));
            }

            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task A_member_of_staff_lands_on_the_staff_side_and_a_customer_is_refused_there()
    {
        using var staff = portal.CreatePortalClient();
        var landed = await staff.LoginAsync("kundeservice1");
        Assert.Equal("/kundeservice", landed.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await PortalClient.ParseAsync(landed);
        Assert.Contains("Silje Kundeservice", page.QuerySelector("[data-testid=person-name]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#kundeforhold-velger")); // no relationships of their own
        Assert.Null(page.QuerySelector("a[href='/kundeservice/tilgangslogg']")); // not a team lead

        using var kari = portal.CreatePortalClient();
        await kari.LoginAsync("kari");
        foreach (var url in StaffUrls())
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await kari.Http.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task Staff_do_not_get_customer_pages_as_if_they_were_customers()
    {
        using var kari = portal.CreatePortalClient();
        await kari.LoginAsync("kari");
        var values = await PortalRoutes.SampleValuesAsync(kari);
        using var staff = portal.CreatePortalClient();
        await staff.LoginAsync("kundeservice1");

        var customerPages = PortalRoutes.Endpoints(portal.Services)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null)
            .Select(e => PortalRoutes.Fill(e.RoutePattern, values))
            .OfType<string>()
            .Where(u => !u.StartsWith("/kundeservice", StringComparison.Ordinal) && !u.StartsWith("/dev-idp", StringComparison.Ordinal)
                && !u.StartsWith("/health", StringComparison.Ordinal) && u != "/logg-ut")
            .Distinct()
            .ToList();
        Assert.Contains("/", customerPages);
        Assert.Contains("/mine-data", customerPages);
        Assert.Contains("/api/v1/invoices", customerPages);
        foreach (var url in customerPages)
        {
            // The API takes a key only, never a login cookie: staff get its 401 there, and the pages' 403 elsewhere.
            var response = await staff.Http.GetAsync(url);
            var expected = url.StartsWith("/api/", StringComparison.Ordinal) ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
            Assert.True(response.StatusCode == expected, $"{url}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Customers_are_found_by_an_exact_key_only()
    {
        using var staff = portal.CreatePortalClient();
        await staff.LoginAsync("kundeservice2");
        var (invoice, inquiry, point) = await KeysOfKariAsync();

        foreach (var (kind, key) in new[] { ("CustomerNumber", "10000017"), ("MeteringPoint", point), ("Invoice", invoice), ("Inquiry", inquiry.ToString(System.Globalization.CultureInfo.InvariantCulture)) })
        {
            var page = await staff.GetPageAsync($"/kundeservice?nokkel={kind}&verdi={Uri.EscapeDataString(key)}");
            Assert.Contains("10000017", page.QuerySelector("[data-testid=found]")?.TextContent ?? "(nothing found)", StringComparison.Ordinal);
        }

        // A name, part of a number, and an identity number find nobody: there is no such search.
        foreach (var (kind, key) in new[] { ("CustomerNumber", "Kari Nordmann"), ("CustomerNumber", "1000"), ("CustomerNumber", "1000001"), ("MeteringPoint", "01018012345"), ("Invoice", "Nordmann"), ("Inquiry", "Kari") })
        {
            var response = await staff.Http.GetAsync($"/kundeservice?nokkel={kind}&verdi={Uri.EscapeDataString(key)}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var page = await PortalClient.ParseAsync(response);
            Assert.Null(page.QuerySelector("[data-testid=found]"));
            Assert.NotNull(page.QuerySelector("[data-testid=form-errors]"));
        }

        var unknown = await staff.Http.GetAsync("/kundeservice?nokkel=CustomerNumber&verdi=99999999");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task A_customer_is_read_only_within_an_opening_with_a_reason_and_every_opening_is_logged()
    {
        using var staff = portal.CreatePortalClient();
        await staff.LoginAsync("kundeservice2");
        var customerPage = "/kundeservice/kunde/10000017";

        // Without an opening: refused, and nothing of the customer on the page.
        var before = await staff.Http.GetAsync(customerPage);
        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.DoesNotContain("Kari Nordmann", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var logged = await CountOpeningsAsync();

        // No reason, or one too short: refused, nothing logged.
        var form = await staff.GetPageAsync(customerPage + "/apne");
        Assert.NotNull(form.QuerySelector("[data-testid=no-cases]"));
        foreach (var (choice, text) in new[] { ("", ""), ("Written", "Kunden ringte"), ("Inquiry:1", "") })
        {
            var refused = await staff.PostFormAsync(customerPage + "/apne", form, new Dictionary<string, string> { ["valg"] = choice, ["Input.Text"] = text }, "[data-testid=open-form]");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        Assert.Equal(logged, await CountOpeningsAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Http.GetAsync(customerPage)).StatusCode);

        var opened = await staff.PostFormAsync(customerPage + "/apne", form,
            new Dictionary<string, string> { ["valg"] = "Written", ["Input.Text"] = "Kunden ringte om strømbruddet i går" }, "[data-testid=open-form]");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(customerPage, opened.Headers.Location!.OriginalString);

        var now = portal.Clock.Now;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var entry = await db.StaffAccesses.OrderByDescending(a => a.Id).FirstAsync();
            var kari = await db.CustomerRelationships.SingleAsync(r => r.CustomerNumber == Domain.Customers.CustomerNumber.Parse("10000017").Value!);
            Assert.Equal(("staff-kundeservice2", "Jonas Kundeservice", kari.Id, "Kunden ringte om strømbruddet i går"), (entry.StaffSubject, entry.StaffName, entry.CustomerRelationshipId, entry.ReasonText));
            Assert.Equal(now.UtcDateTime, entry.OpenedUtc, TimeSpan.FromSeconds(1));
            Assert.Equal(TimeSpan.FromMinutes(30), entry.ExpiresUtc - entry.OpenedUtc);
        }

        var page = await staff.Http.GetAsync(customerPage);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var doc = await PortalClient.ParseAsync(page);
        Assert.Equal("Kari Nordmann", doc.QuerySelector("[data-testid=holder]")!.TextContent);
        Assert.NotNull(doc.QuerySelector("[data-testid=consumption] tbody tr"));
        Assert.NotNull(doc.QuerySelector("[data-testid=invoices] tbody tr"));
        Assert.NotNull(doc.QuerySelector("[data-testid=inquiries] li"));
        // The identity number only masked: six digits and stars, never the eleven.
        var masked = doc.QuerySelectorAll("[data-testid=masked-identity-number]").Select(e => e.TextContent).ToList();
        Assert.NotEmpty(masked);
        Assert.All(masked, m => Assert.Matches(@"^\d{6} \*{5}$", m));
        Assert.DoesNotContain(await IdentityNumberOfAsync(DemoPeople.Kari), html, StringComparison.Ordinal);
        // Read-only: no form of the customer's on the staff page.
        Assert.Empty(doc.QuerySelectorAll("main form"));
        foreach (var language in new[] { "nn", "en" })
        {
            Assert.Equal(HttpStatusCode.OK, (await staff.Http.GetAsync($"{customerPage}?lang={language}")).StatusCode);
        }

        Assert.Empty(portal.Services.GetRequiredService<Web.Shell.MissingTexts>().All);

        // Another customer is not opened by this opening; another staff member has none.
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Http.GetAsync("/kundeservice/kunde/10000041")).StatusCode);
        using var colleague = portal.CreatePortalClient();
        await colleague.LoginAsync("kundeservice1");
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.Http.GetAsync(customerPage)).StatusCode);

        // After the window (the login kept alive in between): refused again, until a new reason.
        portal.Clock.Now += TimeSpan.FromMinutes(20);
        Assert.Equal(HttpStatusCode.OK, (await staff.Http.GetAsync(customerPage)).StatusCode);
        portal.Clock.Now += TimeSpan.FromMinutes(11);
        var after = await staff.Http.GetAsync(customerPage);
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.DoesNotContain("Kari Nordmann", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The customer sees the opening in Mine data, with the unit and the reason, never the staff member's name.
        using var customer = portal.CreatePortalClient();
        await customer.LoginAsync("kari");
        var mine = await customer.GetPageAsync("/mine-data");
        var openings = mine.QuerySelector("[data-testid=openings]")!.TextContent;
        Assert.Contains("Kunden ringte om strømbruddet i går", openings, StringComparison.Ordinal);
        Assert.Contains("Kundeservice", openings, StringComparison.Ordinal);
        Assert.DoesNotContain("Jonas", mine.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await customer.Http.GetByteArrayAsync("/mine-data/zip")));
        using var reader = new StreamReader(zip.GetEntry("kundeservice-innsyn.json")!.Open());
        var json = await reader.ReadToEndAsync();
        var reasons = System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateArray().Select(o => o.GetProperty("Reason").GetString()).ToList();
        Assert.Contains("Kunden ringte om strømbruddet i går", reasons);
        Assert.DoesNotContain("Jonas", json, StringComparison.Ordinal);
        Assert.DoesNotContain("kundeservice2", json, StringComparison.Ordinal);

        // The team lead sees it in the access log, filtered by customer; an agent does not get the log.
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Http.GetAsync("/kundeservice/tilgangslogg")).StatusCode);
        using var lead = portal.CreatePortalClient();
        await lead.LoginAsync("teamleder");
        var log = await lead.GetPageAsync("/kundeservice/tilgangslogg?kundenummer=10000017&ansatt=staff-kundeservice2");
        var rows = log.QuerySelectorAll("[data-testid=access-log] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Jonas Kundeservice", StringComparison.Ordinal) && r.Contains("Kunden ringte om strømbruddet i går", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains("10000017", r, StringComparison.Ordinal));
        var other = await lead.GetPageAsync("/kundeservice/tilgangslogg?kundenummer=10000041");
        Assert.DoesNotContain(other.QuerySelectorAll("[data-testid=access-log] tbody tr"), r => r.TextContent.Contains("10000017", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, (await lead.Http.GetAsync("/kundeservice/tilgangslogg?kundenummer=1234")).StatusCode);
    }

    [Fact]
    public async Task The_case_a_staff_member_handles_is_a_reason_only_for_them()
    {
        int olaCase;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            olaCase = await db.Inquiries.Where(i => i.AssignedToSubject == DemoPeople.StaffAgent).Select(i => i.Id).FirstAsync();
        }

        using var other = portal.CreatePortalClient();
        await other.LoginAsync("kundeservice2");
        var otherForm = await other.GetPageAsync("/kundeservice/kunde/10000041/apne");
        var refused = await other.PostFormAsync("/kundeservice/kunde/10000041/apne", otherForm, new Dictionary<string, string> { ["valg"] = $"Inquiry:{olaCase}" }, "[data-testid=open-form]");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        using var handler = portal.CreatePortalClient();
        await handler.LoginAsync("kundeservice1");
        var form = await handler.GetPageAsync($"/kundeservice/kunde/10000041/apne?sak={olaCase}");
        Assert.Equal($"Inquiry:{olaCase}", form.QuerySelector("input[name=valg]:checked")!.GetAttribute("value"));
        var opened = await handler.PostFormAsync("/kundeservice/kunde/10000041/apne", form, new Dictionary<string, string> { ["valg"] = $"Inquiry:{olaCase}" }, "[data-testid=open-form]");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await handler.Http.GetAsync("/kundeservice/kunde/10000041")).StatusCode);

        using var ola = portal.CreatePortalClient();
        await ola.LoginAsync("ola");
        var openings = (await ola.GetPageAsync("/mine-data")).QuerySelector("[data-testid=openings]")!.TextContent;
        Assert.Contains($"Henvendelse nr. {olaCase}", openings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inquiries_are_taken_answered_and_closed_by_their_handler_and_the_customer_sees_the_answer()
    {
        using var per = portal.CreatePortalClient();
        await per.LoginAsync("per");
        var newPage = await per.GetPageAsync("/henvendelser");
        var sent = await per.PostFormAsync("/henvendelser", newPage, new Dictionary<string, string> { ["Input.Topic"] = "Invoice", ["Input.Text"] = "Hvorfor er fakturaen for bakeriet så høy i år?" }, "main form");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var id = int.Parse(sent.Headers.Location!.OriginalString.Split('/').Last().Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);

        using var agent = portal.CreatePortalClient();
        await agent.LoginAsync("kundeservice2");
        var queue = await agent.GetPageAsync("/kundeservice/henvendelser?status=ny");
        Assert.NotNull(queue.QuerySelector($"[data-testid=queue] tr[data-inquiry='{id}']"));
        Assert.DoesNotContain("bakeriet så høy", queue.DocumentElement.OuterHtml, StringComparison.Ordinal); // the queue shows no text

        var casePage = $"/kundeservice/henvendelser/{id}";
        var untaken = await agent.GetPageAsync(casePage);
        Assert.Null(untaken.QuerySelector("[data-testid=case-log]")); // read by the one who takes it
        var answerBeforeTaking = await agent.PostFormAsync(casePage + "?handler=Answer", untaken, new Dictionary<string, string> { ["Input.Text"] = "Svar" }, "main form");
        Assert.NotEqual(HttpStatusCode.Redirect, answerBeforeTaking.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await agent.PostFormAsync(casePage + "?handler=Take", untaken, new Dictionary<string, string>(), "main form")).StatusCode);
        var taken = await agent.GetPageAsync(casePage);
        Assert.Contains("bakeriet så høy", taken.QuerySelector("[data-testid=case-log]")!.TextContent, StringComparison.Ordinal);

        // A colleague who has not taken it can neither answer nor close it.
        using var colleague = portal.CreatePortalClient();
        await colleague.LoginAsync("kundeservice1");
        var colleaguePage = await colleague.GetPageAsync(casePage);
        var colleagueAnswer = await colleague.PostFormAsync(casePage + "?handler=Answer", colleaguePage, new Dictionary<string, string> { ["Input.Text"] = "Feil person" }, "main form");
        Assert.NotEqual(HttpStatusCode.Redirect, colleagueAnswer.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await colleague.PostFormAsync(casePage + "?handler=Close", colleaguePage, new Dictionary<string, string>(), "main form")).StatusCode);

        var empty = await agent.PostFormAsync(casePage + "?handler=Ask", taken, new Dictionary<string, string> { ["Input.Text"] = " " }, "[data-testid=answer-form]");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var asked = await agent.PostFormAsync(casePage + "?handler=Ask", taken, new Dictionary<string, string> { ["Input.Text"] = "Hvilken måned gjelder det?" }, "[data-testid=answer-form]");
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains((id, InquiryStatus.WaitingForCustomer), portal.Notifications.Told);
        Assert.Equal("Venter på svar fra deg", (await per.GetPageAsync($"/henvendelser/{id}")).QuerySelector("[data-testid=inquiry-status]")!.TextContent);

        // Per answers: the case goes back to its handler.
        var perPage = await per.GetPageAsync($"/henvendelser/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await per.PostFormAsync($"/henvendelser/{id}", perPage, new Dictionary<string, string> { ["Input.Text"] = "Oktober." }, "main form")).StatusCode);
        Assert.NotNull((await agent.GetPageAsync("/kundeservice/henvendelser?status=tildelt&mine=1")).QuerySelector($"tr[data-inquiry='{id}']"));

        taken = await agent.GetPageAsync(casePage);
        Assert.Equal(HttpStatusCode.Redirect, (await agent.PostFormAsync(casePage + "?handler=Answer", taken, new Dictionary<string, string> { ["Input.Text"] = "Oktober var kald; forbruket økte." }, "[data-testid=answer-form]")).StatusCode);
        Assert.Contains((id, InquiryStatus.Answered), portal.Notifications.Told);
        var seen = await per.GetPageAsync($"/henvendelser/{id}");
        Assert.Contains("Oktober var kald; forbruket økte.", seen.QuerySelector("[data-testid=case-log]")!.TextContent, StringComparison.Ordinal);

        taken = await agent.GetPageAsync(casePage);
        Assert.Equal(HttpStatusCode.Redirect, (await agent.PostFormAsync(casePage + "?handler=Close", taken, new Dictionary<string, string>(), "form[action*='Close']")).StatusCode);
        Assert.NotNull((await agent.GetPageAsync("/kundeservice/henvendelser?status=lukket")).QuerySelector($"tr[data-inquiry='{id}']"));

        // Per reopens it within 14 days with a message; after 14 days he cannot.
        var closed = await per.GetPageAsync($"/henvendelser/{id}");
        Assert.NotNull(closed.QuerySelector("[data-testid=reopen-note]"));
        Assert.Equal(HttpStatusCode.Redirect, (await per.PostFormAsync($"/henvendelser/{id}", closed, new Dictionary<string, string> { ["Input.Text"] = "Jeg forstår fortsatt ikke." }, "main form")).StatusCode);
        Assert.Equal("Under behandling", (await per.GetPageAsync($"/henvendelser/{id}")).QuerySelector("[data-testid=inquiry-status]")!.TextContent);
    }

    [Fact]
    public async Task A_chat_whose_customer_stays_away_longer_than_the_chat_cookie_lives_is_ended_by_the_sweeper_and_kept_as_an_inquiry()
    {
        using var visitor = portal.CreatePortalClient();
        var settings = await visitor.GetPageAsync("/informasjonskapsler");
        await visitor.PostFormAsync("/informasjonskapsler", settings, new Dictionary<string, string> { ["valg"] = "valgte", ["kategori"] = "functional" }, "[data-testid=consent-settings]");
        var form = await visitor.GetPageAsync("/chat");
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.PostFormAsync("/chat", form, new Dictionary<string, string> { ["Input.Topic"] = "Meter", ["Input.Name"] = "Vera" }, "[data-testid=chat-start]")).StatusCode);
        var key = (await visitor.GetPageAsync("/chat")).QuerySelector("[data-testid=chat]")!.GetAttribute("data-key");

        long chatId;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var chats = scope.ServiceProvider.GetRequiredService<ChatService>();
            await chats.JoinAsCustomerAsync(key, null, CancellationToken.None);
            chatId = (await chats.CustomerChatIdAsync(key, null, CancellationToken.None))!.Value;
            await chats.WriteAsCustomerAsync(key, null, "Måleren blinker rødt.", CancellationToken.None);
            Assert.False(await chats.CustomerLeftAsync(chatId, CancellationToken.None)); // kept by the cookie: a reload may come
            Assert.DoesNotContain(chatId, await chats.AbandonedAsync(TimeSpan.FromMinutes(3), CancellationToken.None));
        }

        portal.Clock.Now += TimeSpan.FromMinutes(4); // longer than the chat cookie lives: no reload can find it

        // The sweeper (every 20 seconds) ends it; its transcript is an inquiry.
        await using var after = portal.Services.CreateAsyncScope();
        var db = after.ServiceProvider.GetRequiredService<PortalDbContext>();
        for (var waited = 0; waited < 60 && await db.Chats.AnyAsync(c => c.Id == chatId); waited++)
        {
            await Task.Delay(1000);
        }

        Assert.False(await db.Chats.AnyAsync(c => c.Id == chatId));
        Assert.True(await db.InquiryMessages.AnyAsync(m => m.Text == "Måleren blinker rødt."));
        Assert.Null((await visitor.GetPageAsync("/chat")).QuerySelector("[data-testid=chat]"));
    }

    private static IEnumerable<string> StaffUrls() =>
        ["/kundeservice", "/kundeservice/henvendelser", "/kundeservice/tilgangslogg", "/kundeservice/meldinger", "/kundeservice/kunde/10000017", "/kundeservice/kunde/10000017/apne", "/kundeservice/henvendelser/1"];

    private async Task<string> IdentityNumberOfAsync(string subject)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var person = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().People.SingleAsync(p => p.Subject == subject);
        return person.NationalIdentityNumber.Value;
    }

    private async Task<int> CountOpeningsAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().StaffAccesses.CountAsync();
    }

    private async Task<(string Invoice, int Inquiry, string Point)> KeysOfKariAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var id = await db.CustomerRelationships.Where(r => r.CustomerNumber == Domain.Customers.CustomerNumber.Parse("10000017").Value!).Select(r => r.Id).SingleAsync();
        var invoice = await db.Invoices.Where(i => i.CustomerRelationshipId == id).Select(i => i.Number).FirstAsync();
        var inquiry = await db.Inquiries.Where(i => i.CustomerRelationshipId == id).Select(i => i.Id).FirstAsync();
        var point = await db.MeteringPoints.Where(m => m.CustomerRelationshipId == id).Select(m => m.MeteringPointId).FirstAsync();
        return (invoice, inquiry, point.Value);
    }
}
