using BKK.Portal.Domain.Notifications;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Notifications;

/// <summary>
/// The dispatcher as production runs it: portal processes over one database, sending SMS to the local gateway,
/// which counts the requests per idempotency key. A process killed mid-batch, and two dispatching at once: every
/// message is delivered once.
/// </summary>
public sealed class DispatcherProcessTests : IDisposable
{
    internal const int Concurrency = 8;
    private readonly TempFolder _folder = new("dispatch-");

    /// <summary>Portal processes over the folder's database, dispatching to <paramref name="gateway"/> in small, quick rounds.</summary>
    internal static string[] Settings(TempFolder folder, TestSmsGateway gateway, int perSecond = 100) =>
    [
        $"--Database:DataDirectory={folder.Combine("db")}",
        $"--DevIdentity:DataDirectory={folder.Combine("idp")}",
        $"--Logging:Directory={PortalFactory.LogDirectory}",
        "--Demo:Seed=false", "--Retention:Enabled=false",
        "--Notifications:Dispatch=true", "--Notifications:PollInterval=00:00:00.200", "--Notifications:LeaseDuration=00:00:02",
        $"--Notifications:Concurrency={Concurrency}", "--Notifications:BatchSize=100",
        .. gateway.Settings(perSecond),
    ];

    private string[] Settings(TestSmsGateway gateway) => Settings(_folder, gateway);

    [Fact]
    public async Task A_dispatcher_killed_mid_batch_and_started_again_loses_no_message_and_sends_none_twice()
    {
        await using var gateway = await TestSmsGateway.StartAsync();
        gateway.Delay = TimeSpan.FromMilliseconds(60); // a round of 8 takes a while: the kill lands while requests are in flight
        var first = await PortalProcess.StartAsync(Settings(gateway), _folder.Combine("home-1"));
        var keys = await OutboxFile.EnqueueAsync(_folder.Combine("db"), 300, NotificationChannel.Sms, "killed");

        for (var waited = 0; gateway.DeliveredMessages.Count < 60 && waited < 300; waited++)
        {
            await Task.Delay(100);
        }

        Assert.InRange(gateway.DeliveredMessages.Count, 60, keys.Count - 60); // killed mid-batch, not before or after
        await first.DisposeAsync(); // kill -9: no shutdown, no lease released
        var atKill = await OutboxFile.ReadAsync(_folder.Combine("db"), keys);
        Assert.Contains(atKill, m => m.Status == OutboxStatus.Pending);

        await using var second = await PortalProcess.StartAsync(Settings(gateway), _folder.Combine("home-2"));
        var sent = await OutboxFile.WaitAsync(_folder.Combine("db"), keys, m => m.Status == OutboxStatus.Sent, TimeSpan.FromSeconds(60));

        // Every message reached a phone once; a message in flight at the kill was sent again with its key, and the
        // gateway delivered it once. Only those in flight were sent again: at most a round's worth.
        Assert.Equal(keys.Order(), gateway.DeliveredMessages.Keys.Order());
        Assert.All(sent, m => Assert.Equal(gateway.DeliveredMessages[m.IdempotencyKey].MessageId, m.ProviderReference));
        Assert.InRange(gateway.TotalRequests - keys.Count, 0, Concurrency);
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>
/// Two portal processes dispatching at once: each message once, and the gateway's limit per second kept. It runs
/// alone (<see cref="TimingCollection"/>): it measures when requests arrive.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class DispatcherRateTests : IDisposable
{
    private readonly TempFolder _folder = new("dispatch-rate-");

    [Fact]
    [Trait("Category", TimingCollection.Category)]
    public async Task Two_portals_dispatching_at_once_send_each_message_once_within_the_gateway_limit()
    {
        await using var gateway = await TestSmsGateway.StartAsync();
        await using var first = await PortalProcess.StartAsync(DispatcherProcessTests.Settings(_folder, gateway, perSecond: 40), _folder.Combine("home-1"));
        await using var second = await PortalProcess.StartAsync(DispatcherProcessTests.Settings(_folder, gateway, perSecond: 40), _folder.Combine("home-2"));
        var keys = await OutboxFile.EnqueueAsync(_folder.Combine("db"), 200, NotificationChannel.Sms, "two");

        await OutboxFile.WaitAsync(_folder.Combine("db"), keys, m => m.Status == OutboxStatus.Sent, TimeSpan.FromSeconds(60));

        Assert.Equal(keys.Order(), gateway.Requests.Keys.Order());
        Assert.All(gateway.Requests, r => Assert.Equal(1, r.Value)); // no message was ever sent twice, not even to be deduplicated
        Assert.True(gateway.MostInOneSecond() <= 40, $"{gateway.MostInOneSecond()} in one second: {gateway.Timeline()}");
    }

    public void Dispose() => _folder.Dispose();
}
