using System.Globalization;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Notifications;

/// <summary>
/// The delivery of the outbox through faults, with a real SMTP server and a local SMS gateway on loopback ports:
/// a server away and back, a gateway that fails and hangs, a dispatcher killed mid-batch, two dispatchers at once.
/// The gateway counts the requests per idempotency key, so a message sent twice shows.
/// </summary>
public sealed class DeliveryFaultTests
{
    /// <summary>Retries soon and often, so a fault and its mending fit in a test.</summary>
    private static readonly string[] Quick =
    [
        "--Notifications:Dispatch=true", "--Notifications:PollInterval=00:00:00.200", "--Notifications:FirstRetryDelay=00:00:00.200",
        "--Notifications:MaximumRetryDelay=00:00:00.500", "--Notifications:LeaseDuration=00:00:03",
    ];

    [Fact]
    public async Task Smtp_down_then_back_every_message_arrives_once()
    {
        await using var smtp = await TestSmtpServer.CreateAsync(start: false);
        using var portal = new DispatchingPortal([.. Quick, "--Notifications:MaximumAttempts=100", "--Smtp:Host=127.0.0.1", $"--Smtp:Port={smtp.Port}", "--Smtp:Security=None"]);
        portal.Start();
        var keys = await OutboxFile.EnqueueAsync(portal.DataDirectory, 12, NotificationChannel.Email, "smtp-down");

        // Down: every message is tried and waits for another attempt; none is lost or given up.
        await OutboxFile.WaitAsync(portal.DataDirectory, keys, m => m.Attempts >= 2 && m.Status == OutboxStatus.Pending, TimeSpan.FromSeconds(30));
        Assert.Empty(smtp.Received);

        await smtp.StartAsync();
        var sent = await OutboxFile.WaitAsync(portal.DataDirectory, keys, m => m.Status == OutboxStatus.Sent, TimeSpan.FromSeconds(30));

        var received = smtp.Received.GroupBy(m => m.MessageId ?? string.Empty).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(keys.Count, received.Count);
        Assert.All(received, r => Assert.Equal(1, r.Value));
        Assert.Equal(keys.Select(k => k.Replace(':', '.') + "@bkk.no").Order(), received.Keys.Order());
        Assert.All(sent, m => Assert.NotNull(m.SentUtc));
    }

    [Fact]
    public async Task A_gateway_that_answers_500_and_then_hangs_is_tried_again_then_the_message_is_failed_after_the_attempts_set()
    {
        await using var gateway = await TestSmsGateway.StartAsync();
        gateway.Mode = TestSmsGateway.Behaviour.Fail500;
        using var portal = new DispatchingPortal([.. Quick, .. gateway.Settings(), "--Notifications:MaximumAttempts=4", "--Sms:Timeout=00:00:00.500"]);
        portal.Start();
        var keys = await OutboxFile.EnqueueAsync(portal.DataDirectory, 3, NotificationChannel.Sms, "gateway-fails");

        await OutboxFile.WaitAsync(portal.DataDirectory, keys, m => m.Attempts >= 2, TimeSpan.FromSeconds(30));
        gateway.Mode = TestSmsGateway.Behaviour.Hang;
        var failed = await OutboxFile.WaitAsync(portal.DataDirectory, keys, m => m.Status == OutboxStatus.Failed, TimeSpan.FromSeconds(30));

        Assert.All(failed, m => Assert.Equal(4, m.Attempts));
        Assert.All(failed, m => Assert.Equal("sms timeout", m.LastError));
        Assert.All(keys, k => Assert.Equal(4, gateway.Requests[k])); // every attempt reached the gateway, and no more
        Assert.Empty(gateway.DeliveredMessages);

        // Customer service sees them, the number masked, and sends one again once the gateway is back.
        using var staff = portal.CreatePortalClient();
        await staff.LoginAsync("kundeservice1");
        var page = await staff.GetPageAsync("/kundeservice/meldinger");
        var rows = page.QuerySelectorAll("[data-testid=failed-messages] tbody tr");
        Assert.Equal(failed.Select(m => m.Id.ToString(CultureInfo.InvariantCulture)).Order(), rows.Select(r => r.GetAttribute("data-message-id")!).Order());
        Assert.All(rows, r => Assert.Contains("sms timeout", r.TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(failed[0].Recipient, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Feilet: 3", page.QuerySelector("[data-testid=outbox-counts]")!.TextContent, StringComparison.Ordinal);

        gateway.Mode = TestSmsGateway.Behaviour.Accept;
        var again = failed[0];
        var posted = await staff.PostFormAsync($"/kundeservice/meldinger?handler=Retry&id={again.Id}", page, new Dictionary<string, string>(), $"tr[data-message-id='{again.Id}'] form");
        Assert.Equal("/kundeservice/meldinger?utfort=sendt", posted.Headers.Location?.OriginalString);
        await OutboxFile.WaitAsync(portal.DataDirectory, [again.IdempotencyKey], m => m.Status == OutboxStatus.Sent, TimeSpan.FromSeconds(30));
        Assert.Equal([again.IdempotencyKey], gateway.DeliveredMessages.Keys);
    }
}
