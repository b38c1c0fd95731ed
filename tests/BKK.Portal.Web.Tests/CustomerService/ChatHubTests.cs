using System.Net;
using System.Text.RegularExpressions;
using BKK.Portal.Application.CustomerService;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.CustomerService;

/// <summary>
/// The live chat over its hub, with the .NET SignalR client through the test server: both sides in real time, the
/// transcript in the inquiry log, and every call outside one's own role or chat refused.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class ChatHubTests(PortalFactory factory)
{
    [Fact]
    public async Task A_customer_and_staff_chat_both_ways_and_the_transcript_is_in_the_customers_inquiries()
    {
        using var kari = factory.CreatePortalClient();
        var kariCookie = PortalClient.LoginCookieHeader(await kari.LoginFromAsync(new Uri("/", UriKind.Relative), "kari"));
        await kari.FollowAsync(await kari.Http.GetAsync("/"));
        var key = await StartChatAsync(kari, "Invoice");
        Assert.Matches("^[0-9a-f]{32}$", key);

        await using var customer = await ConnectAsync(kariCookie);
        var toCustomer = Inbox(customer);
        var state = await customer.InvokeAsync<ChatState>("JoinAsCustomer", key);
        Assert.Equal(Domain.CustomerService.ChatStatus.Waiting, state.Status);
        Assert.Equal("Kari Nordmann", state.CustomerName);

        await using var staff = await ConnectAsync(await StaffCookieAsync("kundeservice1"));
        var toStaff = Inbox(staff);
        var queue = await staff.InvokeAsync<System.Text.Json.JsonElement>("WatchQueue");
        Assert.Contains(queue.GetProperty("waiting").EnumerateArray(), w => w.GetProperty("id").GetInt64() == state.Id);
        var taken = await staff.InvokeAsync<ChatState>("Take", state.Id);
        Assert.Equal("Silje Kundeservice", taken.StaffName);
        Assert.Equal("10000017", taken.CustomerNumber);
        Assert.Equal("Silje Kundeservice", await toCustomer.Taken.Task.WaitAsync(TimeSpan.FromSeconds(10)));

        var unique = "Hvorfor er fakturaen <b>høy</b>? " + Guid.NewGuid().ToString("N");
        await customer.InvokeAsync("SendAsCustomer", unique);
        Assert.Equal(unique, (await toStaff.NextAsync()).Text);
        await staff.InvokeAsync("SendAsStaff", state.Id, "Det var kaldt i oktober.");
        var answer = await toCustomer.NextAsync(m => !m.FromCustomer);
        Assert.Equal(("Det var kaldt i oktober.", "Silje Kundeservice"), (answer.Text, answer.Name));

        var inquiryId = await staff.InvokeAsync<int?>("EndAsStaff", state.Id);
        Assert.True(inquiryId > 0);
        await toCustomer.Ended.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync("SendAsCustomer", "Hallo?"));

        // The transcript is one of Kari's inquiries, shown as text (encoded), never as markup.
        var page = await kari.Http.GetAsync($"/henvendelser/{inquiryId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("&lt;b&gt;høy&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>høy</b>", html, StringComparison.Ordinal);
        var log = (await PortalClient.ParseAsync(page)).QuerySelector("[data-testid=case-log]")!.TextContent;
        Assert.Contains("Det var kaldt i oktober.", log, StringComparison.Ordinal);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.False(await db.Chats.AnyAsync(c => c.Id == state.Id)); // the chat itself is gone; the inquiry holds it
        }

        // Chat messages never reach the log files.
        await Task.Delay(500);
        var logs = string.Join('\n', Directory.GetFiles(PortalFactory.LogDirectory, "*.log", SearchOption.AllDirectories).Select(Logging.LogAuditTests.ReadShared));
        Assert.DoesNotContain(unique[^32..], logs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_outside_ones_own_role_or_chat_are_refused()
    {
        using var kari = factory.CreatePortalClient();
        var kariCookie = PortalClient.LoginCookieHeader(await kari.LoginFromAsync(new Uri("/", UriKind.Relative), "kari"));
        await kari.FollowAsync(await kari.Http.GetAsync("/"));
        var key = await StartChatAsync(kari, "Meter");
        await using var customer = await ConnectAsync(kariCookie);
        var chatId = (await customer.InvokeAsync<ChatState>("JoinAsCustomer", key)).Id;

        // Another customer, or a visitor, with Kari's key; a key that is not one.
        using var ola = factory.CreatePortalClient();
        await using var olaHub = await ConnectAsync(PortalClient.LoginCookieHeader(await ola.LoginFromAsync(new Uri("/", UriKind.Relative), "ola")));
        await Assert.ThrowsAsync<HubException>(() => olaHub.InvokeAsync<ChatState>("JoinAsCustomer", key));
        await Assert.ThrowsAsync<HubException>(() => olaHub.InvokeAsync("SendAsCustomer", "Hei")); // never joined
        await using var visitor = await ConnectAsync(null);
        await Assert.ThrowsAsync<HubException>(() => visitor.InvokeAsync<ChatState>("JoinAsCustomer", key));
        await Assert.ThrowsAsync<HubException>(() => visitor.InvokeAsync<ChatState>("JoinAsCustomer", "../../etc"));

        // A customer calling customer service's methods.
        await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync<object>("WatchQueue"));
        await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync<ChatState>("Take", chatId));
        await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync("SendAsStaff", chatId, "Jeg er kundeservice"));
        await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync<int?>("EndAsStaff", chatId));
        await Assert.ThrowsAsync<HubException>(() => visitor.InvokeAsync<object>("WatchQueue"));

        // Staff writing in, ending or taking a chat someone else took; staff posing as a customer.
        await using var silje = await ConnectAsync(await StaffCookieAsync("kundeservice1"));
        await using var jonas = await ConnectAsync(await StaffCookieAsync("kundeservice2"));
        await Assert.ThrowsAsync<HubException>(() => jonas.InvokeAsync("SendAsStaff", chatId, "Før noen har tatt den"));
        await silje.InvokeAsync<ChatState>("Take", chatId);
        await Assert.ThrowsAsync<HubException>(() => jonas.InvokeAsync<ChatState>("Take", chatId));
        await Assert.ThrowsAsync<HubException>(() => jonas.InvokeAsync("SendAsStaff", chatId, "Jeg tar over"));
        await Assert.ThrowsAsync<HubException>(() => jonas.InvokeAsync<int?>("EndAsStaff", chatId));
        await Assert.ThrowsAsync<HubException>(() => jonas.InvokeAsync<ChatState>("JoinAsCustomer", key));

        // Too long, and too fast.
        var tooLong = await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync("SendAsCustomer", new string('x', Domain.CustomerService.Chat.MaxMessageLength + 1)));
        Assert.Contains("1000", tooLong.Message, StringComparison.Ordinal);
        for (var i = 0; i < 4; i++) // with the refused long one: five in the window
        {
            await customer.InvokeAsync("SendAsCustomer", $"Melding {i}");
        }

        var tooFast = await Assert.ThrowsAsync<HubException>(() => customer.InvokeAsync("SendAsCustomer", "En for mye"));
        Assert.Contains("for mange", tooFast.Message, StringComparison.Ordinal);
        await silje.InvokeAsync<int?>("EndAsStaff", chatId);
    }

    [Fact]
    public async Task A_visitors_chat_becomes_an_inquiry_without_a_relationship_that_its_handler_attaches()
    {
        using var visitor = factory.CreatePortalClient();
        var key = await StartChatAsync(visitor, "PowerOutage", "Nils Besøkende");
        await using var customer = await ConnectAsync(null);
        await customer.InvokeAsync<ChatState>("JoinAsCustomer", key);
        await customer.InvokeAsync("SendAsCustomer", "Strømmen er borte i Damsgårdsveien.");
        var inquiryId = await customer.InvokeAsync<int?>("EndAsCustomer");
        Assert.True(inquiryId > 0);

        using var staff = factory.CreatePortalClient();
        await staff.LoginAsync("kundeservice2");
        var queue = await staff.GetPageAsync("/kundeservice/henvendelser?status=ny");
        Assert.Contains("uten kundeforhold", queue.QuerySelector($"tr[data-inquiry='{inquiryId}']")!.TextContent, StringComparison.Ordinal);
        var casePage = $"/kundeservice/henvendelser/{inquiryId}";
        var page = await staff.GetPageAsync(casePage);
        Assert.Contains("Nils Besøkende", page.QuerySelector("[data-testid=from-chat]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=attach-form]")); // take it first
        await staff.PostFormAsync(casePage + "?handler=Take", page, new Dictionary<string, string>(), "main form");
        page = await staff.GetPageAsync(casePage);
        var bad = await staff.PostFormAsync(casePage + "?handler=Attach", page, new Dictionary<string, string> { ["kundenummer"] = "1234" }, "[data-testid=attach-form]");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var attached = await staff.PostFormAsync(casePage + "?handler=Attach", page, new Dictionary<string, string> { ["kundenummer"] = "10000041" }, "[data-testid=attach-form]");
        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);

        using var ola = factory.CreatePortalClient();
        await ola.LoginAsync("ola");
        Assert.Equal(HttpStatusCode.OK, (await ola.Http.GetAsync($"/henvendelser/{inquiryId}")).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("http://localhost.evil.example", HttpStatusCode.Forbidden)]
    [InlineData("http://localhost", HttpStatusCode.OK)]
    public async Task A_hub_connection_from_a_page_of_another_site_is_refused(string origin, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hub/chat/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", origin);
        Assert.Equal(expected, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_chat_cookie_holds_only_the_chats_key_and_only_with_functional_consent()
    {
        using var visitor = factory.CreatePortalClient();
        var form = await visitor.GetPageAsync("/chat");
        var refused = await visitor.PostFormAsync("/chat", form, new Dictionary<string, string> { ["Input.Topic"] = "Other", ["Input.Name"] = " " }, "[data-testid=chat-start]");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        // Without consent: the key lives in the page only.
        var started = await visitor.PostFormAsync("/chat", form, new Dictionary<string, string> { ["Input.Topic"] = "Other", ["Input.Name"] = "Vera" }, "[data-testid=chat-start]");
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.False(started.Headers.TryGetValues("Set-Cookie", out var none) && none.Any(c => c.StartsWith("bkk.chat=", StringComparison.Ordinal)));
        Assert.Matches("^[0-9a-f]{32}$", (await PortalClient.ParseAsync(started)).QuerySelector("[data-testid=chat]")!.GetAttribute("data-key"));
        Assert.Null((await visitor.GetPageAsync("/chat")).QuerySelector("[data-testid=chat]")); // a reload starts afresh

        // With functional consent: the cookie holds the key, for 3 minutes, and a reload goes on with the chat.
        var settings = await visitor.GetPageAsync("/informasjonskapsler");
        await visitor.PostFormAsync("/informasjonskapsler", settings, new Dictionary<string, string> { ["valg"] = "valgte", ["kategori"] = "functional" }, "[data-testid=consent-settings]");
        form = await visitor.GetPageAsync("/chat");
        var kept = await visitor.PostFormAsync("/chat", form, new Dictionary<string, string> { ["Input.Topic"] = "Other", ["Input.Name"] = "Vera" }, "[data-testid=chat-start]");
        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var cookie = kept.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("bkk.chat=", StringComparison.Ordinal));
        var value = ChatCookie().Match(cookie).Groups[1].Value;
        Assert.Matches("^[0-9a-f]{32}$", value);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var expires = DateTimeOffset.Parse(Regex.Match(cookie, "expires=([^;]+)", RegexOptions.IgnoreCase).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3.1));
        var reloaded = await visitor.GetPageAsync("/chat");
        Assert.Equal(value, reloaded.QuerySelector("[data-testid=chat]")!.GetAttribute("data-key"));
    }

    [GeneratedRegex("^bkk\\.chat=([^;]*)")]
    private static partial Regex ChatCookie();

    private static async Task<string> StartChatAsync(PortalClient client, string topic, string? name = null)
    {
        var form = await client.GetPageAsync("/chat");
        var values = new Dictionary<string, string> { ["Input.Topic"] = topic };
        if (name is not null)
        {
            values["Input.Name"] = name;
        }

        var response = await client.PostFormAsync("/chat", form, values, "[data-testid=chat-start]");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // no consent: the key is in the page
        return (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=chat]")!.GetAttribute("data-key")!;
    }

    private async Task<string> StaffCookieAsync(string username)
    {
        using var client = factory.CreatePortalClient();
        return PortalClient.LoginCookieHeader(await client.LoginFromAsync(new Uri("/kundeservice", UriKind.Relative), username));
    }

    private async Task<HubConnection> ConnectAsync(string? cookie)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "/hub/chat"), o =>
            {
                o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling; // the test server has no sockets
                if (cookie is not null)
                {
                    o.Headers["Cookie"] = cookie;
                }
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private static ChatInbox Inbox(HubConnection connection)
    {
        var inbox = new ChatInbox();
        connection.On<long, ChatLine>("Message", (_, line) => inbox.Lines.Writer.TryWrite(line));
        connection.On<long, string>("Taken", (_, name) => inbox.Taken.TrySetResult(name));
        connection.On<long>("Ended", _ => inbox.Ended.TrySetResult());
        return inbox;
    }

    private sealed class ChatInbox
    {
        public System.Threading.Channels.Channel<ChatLine> Lines { get; } = System.Threading.Channels.Channel.CreateUnbounded<ChatLine>();

        public TaskCompletionSource<string> Taken { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<ChatLine> NextAsync(Func<ChatLine, bool>? where = null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (true)
            {
                var line = await Lines.Reader.ReadAsync(timeout.Token);
                if (where is null || where(line))
                {
                    return line;
                }
            }
        }
    }
}
