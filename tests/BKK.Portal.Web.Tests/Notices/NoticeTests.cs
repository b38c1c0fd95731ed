using System.Net;
using BKK.Portal.Application.Privacy;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Notices;

/// <summary>
/// Driftsmeldinger end to end over HTTP: the operations centre publishes an outage for Kari's grid station; Kari gets
/// it by SMS (the default) and e-mail (her choice) through the local gateway and SMTP server, sees the banner and the
/// state on her overview; Ola, elsewhere, sees neither; everybody sees it on /driftsmeldinger without login and
/// without a cookie; closing it tells Kari the power is back.
/// </summary>
public sealed class NoticeTests(MessageServers servers) : IClassFixture<MessageServers>
{
    private TestSmtpServer _smtp => servers.Smtp;

    private TestSmsGateway _gateway => servers.Gateway;

    private DispatchingPortal _portal => servers.Portal;

    private async Task KariWantsOutagesByEmailTooAsync()
    {
        await using var scope = _portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var kari = await db.People.SingleAsync(p => p.Subject == DemoPeople.Kari);
        var home = await db.MeteringPoints.Where(p => p.GridStation == "NS-5019").Select(p => p.CustomerRelationshipId).SingleAsync();
        var choice = new NotificationChoice(kari.Id, home, DateTime.UtcNow);
        choice.Choose(NotificationKinds.DefaultSms, NotificationKind.Outage, Language.Bokmal, null, null, DateTime.UtcNow);
        db.NotificationChoices.Add(choice);
        await db.SaveChangesAsync();
    }

    private static Dictionary<string, string> Form(string kind = "Outage", string stations = "NS-5019") => new()
    {
        ["Input.Kind"] = kind,
        ["Input.Start"] = DateTime.Now.AddMinutes(-30).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ["Input.ExpectedEnd"] = DateTime.Now.AddHours(3).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        ["Input.TextBokmal"] = "Feil på høyspentkabel i Fjellveien.",
        ["Input.TextNynorsk"] = "Feil på høgspentkabel i Fjellveien.",
        ["Input.TextEnglish"] = "A fault on a high-voltage cable in Fjellveien.",
        ["Input.MeteringPoints"] = string.Empty,
        ["Input.PostalCodes"] = string.Empty,
        ["Input.GridStations"] = stations,
    };

    [Fact]
    public async Task An_outage_published_by_the_operations_centre_reaches_the_affected_customer_only_and_closing_it_tells_them_the_power_is_back()
    {
        await KariWantsOutagesByEmailTooAsync();
        using var operations = _portal.CreatePortalClient();
        Assert.Equal("/kundeservice/driftsmeldinger", (await operations.LoginAsync("driftssentral")).RequestMessage!.RequestUri!.AbsolutePath);
        var form = await operations.GetPageAsync("/kundeservice/driftsmeldinger/ny");
        var published = await operations.PostFormAsync("/kundeservice/driftsmeldinger/ny", form, Form());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var noticePath = published.Headers.Location!.OriginalString.Split('?')[0];

        // By SMS (the default for an owner with a mobile number) and by e-mail (her choice), through the local servers.
        var sms = await MessageServers.WaitForAsync(() => _gateway.DeliveredMessages.Values.Where(m => m.Destination == "+4791234567").ToList());
        Assert.Contains("Feil på høyspentkabel i Fjellveien.", sms[0].Text, StringComparison.Ordinal);
        Assert.Contains("https://minside.example.no/driftsmeldinger", sms[0].Text, StringComparison.Ordinal);
        Assert.Contains("https://minside.example.no/varsler/stopp/", sms[0].Text, StringComparison.Ordinal);
        var mail = await MessageServers.WaitForAsync(() => _smtp.Received.Where(m => m.To.Mailboxes.Any(b => b.Address == "kari.nordmann@example.no")).ToList());
        Assert.Contains("Feil på høyspentkabel", mail[0].TextBody, StringComparison.Ordinal);
        Assert.NotNull(mail[0].HtmlBody);
        Assert.DoesNotContain(_gateway.DeliveredMessages.Values, m => m.Destination == "+4799887766"); // Ola lives elsewhere

        // The public page, without login and without a cookie.
        using var anonymous = _portal.CreatePortalClient();
        var board = await anonymous.Http.GetAsync("/driftsmeldinger");
        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        var cookies = board.Headers.TryGetValues("Set-Cookie", out var set) ? Microsoft.Net.Http.Headers.SetCookieHeaderValue.ParseList(set.ToList()) : [];
        Assert.All(cookies, c => Assert.Equal(CookieCategory.Necessary, BkkPrivacyCatalogue.Current.CookieFor(c.Name.Value!)!.Category));
        var boardPage = await PortalClient.ParseAsync(board);
        Assert.Contains("Feil på høyspentkabel i Fjellveien.", boardPage.QuerySelector("[data-testid=current-notices]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("NS-5019", boardPage.QuerySelector("[data-testid=current-notices]")!.TextContent, StringComparison.Ordinal);

        // The banner and the overview's state for Kari; nothing for Ola.
        using var kari = _portal.CreatePortalClient();
        await kari.LoginAsync("kari");
        var overview = await kari.GetPageAsync("/");
        Assert.Contains("Fjellveien 12", overview.QuerySelector("[data-testid=notice-banner]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(overview.QuerySelectorAll("[data-testid=power-state]"), s => s.TextContent.Contains("Strømbrudd: Meldt", StringComparison.Ordinal));
        using var ola = _portal.CreatePortalClient();
        await ola.LoginAsync("ola");
        var olas = await ola.GetPageAsync("/");
        Assert.Null(olas.QuerySelector("[data-testid=notice-banner]"));
        Assert.All(olas.QuerySelectorAll("[data-testid=power-state]"), s => Assert.Contains("Normal drift", s.TextContent, StringComparison.Ordinal));

        // Solved: the page and the banner let it go, and Kari is told the power is back (once, by each channel).
        var edit = await operations.GetPageAsync(noticePath);
        var values = Form();
        values.Remove("Input.Kind");
        values["Input.Status"] = "Solved";
        var solved = await operations.PostFormAsync(noticePath, edit, values);
        Assert.Equal(HttpStatusCode.Redirect, solved.StatusCode);
        var back = await MessageServers.WaitForAsync(() => _gateway.DeliveredMessages.Values.Where(m => m.Destination == "+4791234567" && m.Text.Contains("Strømbruddet er rettet", StringComparison.Ordinal)).ToList());
        Assert.Single(back);
        Assert.Null((await kari.GetPageAsync("/")).QuerySelector("[data-testid=notice-banner]"));
        Assert.Contains("Ingen kjente strømbrudd", (await anonymous.GetPageAsync("/driftsmeldinger")).Body!.TextContent, StringComparison.Ordinal);

        // A closed notice does not change.
        var again = await operations.PostFormAsync(noticePath, await operations.GetPageAsync(noticePath), values);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        // The link in the SMS, without login: asking changes nothing, confirming turns outages off for Kari only.
        var link = new Uri(sms[0].Text.Split(' ', '\n').Single(w => w.Contains("/varsler/stopp/", StringComparison.Ordinal)));
        using var stranger = _portal.CreatePortalClient();
        var question = await stranger.GetPageAsync(link.PathAndQuery);
        Assert.NotNull(question.QuerySelector("[data-testid=stop-form]"));
        var stopped = await stranger.PostFormAsync(link.PathAndQuery, question, new Dictionary<string, string>());
        Assert.Contains("Strømbrudd", (await PortalClient.ParseAsync(stopped)).QuerySelector("[data-testid=stop-done]")!.TextContent, StringComparison.Ordinal);

        var messagesBefore = await CountOutboxAsync();
        var next = await operations.PostFormAsync("/kundeservice/driftsmeldinger/ny", await operations.GetPageAsync("/kundeservice/driftsmeldinger/ny"), Form(stations: "NS-5019, NS-5058"));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        await using var db = OutboxFile.Open(_portal.DataDirectory);
        var written = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).Skip(messagesBefore).ToListAsync();
        Assert.DoesNotContain(written, m => m.Recipient is "+4791234567" or "kari.nordmann@example.no"); // Kari turned outages off
        Assert.Contains(written, m => m.Recipient == "+4799887766"); // Ola (NS-5058) still gets his
    }

    private async Task<int> CountOutboxAsync()
    {
        await using var db = OutboxFile.Open(_portal.DataDirectory);
        return await db.OutboxMessages.CountAsync();
    }

    [Fact]
    public async Task A_notice_with_bad_input_is_refused_with_a_message_per_field_and_nothing_is_sent()
    {
        using var lead = _portal.CreatePortalClient();
        await lead.LoginAsync("teamleder");
        var form = await lead.GetPageAsync("/kundeservice/driftsmeldinger/ny");
        var values = Form(kind: "PlannedWork", stations: "NS 5019!");
        values["Input.ExpectedEnd"] = string.Empty;
        values["Input.TextNynorsk"] = " ";
        values["Input.MeteringPoints"] = "70705750000000001"; // 17 digits
        values["Input.PostalCodes"] = "50190";
        await using var db = OutboxFile.Open(_portal.DataDirectory);
        var (notices, messages) = (await db.OperationalNotices.CountAsync(), await db.OutboxMessages.CountAsync());
        var refused = await lead.PostFormAsync("/kundeservice/driftsmeldinger/ny", form, values);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await PortalClient.ParseAsync(refused)).QuerySelector("[data-testid=form-errors]")!.TextContent;
        Assert.Contains("Planlagt arbeid trenger ventet slutt.", errors, StringComparison.Ordinal);
        Assert.Contains("Skriv teksten på nynorsk.", errors, StringComparison.Ordinal);
        Assert.Contains("70705750000000001: ", errors, StringComparison.Ordinal);
        Assert.Contains("«50190» er ikke et postnummer", errors, StringComparison.Ordinal);
        Assert.Contains("«5019!» er ikke en nettstasjon", errors, StringComparison.Ordinal);
        Assert.Equal((notices, messages), (await db.OperationalNotices.CountAsync(), await db.OutboxMessages.CountAsync()));
    }

    [Theory]
    [InlineData("kundeservice1", "/kundeservice/driftsmeldinger", HttpStatusCode.Forbidden)]
    [InlineData("kari", "/kundeservice/driftsmeldinger/ny", HttpStatusCode.Forbidden)]
    [InlineData("driftssentral", "/kundeservice", HttpStatusCode.Forbidden)]
    [InlineData("driftssentral", "/kundeservice/henvendelser", HttpStatusCode.Forbidden)]
    [InlineData("driftssentral", "/", HttpStatusCode.Forbidden)]
    [InlineData("teamleder", "/kundeservice/driftsmeldinger", HttpStatusCode.OK)]
    [InlineData("driftssentral", "/kundeservice/driftsmeldinger/ny", HttpStatusCode.OK)]
    public async Task Only_a_team_lead_and_the_operations_centre_publish_and_the_operations_centre_reads_no_customer(string user, string url, HttpStatusCode expected)
    {
        using var client = _portal.CreatePortalClient();
        await client.LoginAsync(user);
        Assert.Equal(expected, (await client.Http.GetAsync(url)).StatusCode);
    }
}
