using BKK.Portal.BrowserTests.Support;
using BKK.Portal.Tests.Shared;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.BrowserTests.Chat;

/// <summary>
/// The live chat across two portal processes over one database, joined by the Redis backplane (Debian's
/// redis-server on a loopback port): the customer on one instance, customer service on the other.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TwoInstanceChatTests(BrowserFixture fixture) : IDisposable
{
    private readonly TempFolder _folder = new("chat-two-");

    [Fact]
    public async Task A_customer_on_one_instance_and_customer_service_on_the_other_chat_over_redis()
    {
        await using var redis = await RedisServer.StartAsync();
        string[] settings =
        [
            $"--Database:DataDirectory={_folder.Combine("db")}",
            $"--DevIdentity:DataDirectory={_folder.Combine("idp")}",
            $"--Logging:Directory={PortalFactory.LogDirectory}",
            "--Demo:Seed=true",
            "--Identity:AcceptSyntheticNumbers=true",
            "--Retention:Enabled=false",
            "--Chat:AlwaysOpen=true",
            $"--Redis:ConnectionString={redis.ConnectionString}",
        ];
        await using var first = await PortalProcess.StartAsync(settings, _folder.Combine("home-1"));
        await using var second = await PortalProcess.StartAsync(settings, _folder.Combine("home-2"));

        await using var customer = await fixture.NewSessionAsync("chat-two-customer", 1280, 900, baseAddress: first.Address);
        await using var staff = await fixture.NewSessionAsync("chat-two-staff", 1280, 900, baseAddress: second.Address);
        await ChatPageTests.ChatAsync(customer.Page, staff.Page, 1280);
        customer.Passed();
        staff.Passed();
    }

    public void Dispose() => _folder.Dispose();
}
