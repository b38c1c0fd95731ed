namespace BKK.Portal.Web.Tests.Support;

/// <summary>
/// One portal with its outbox dispatcher running (polling every 200 ms, links under https://minside.example.no), a
/// real SMTP server and the local SMS gateway: a class fixture for tests that follow a message from its event to
/// its arrival.
/// </summary>
public sealed class MessageServers : IAsyncLifetime
{
    public TestSmtpServer Smtp { get; private set; } = null!;

    public TestSmsGateway Gateway { get; private set; } = null!;

    public DispatchingPortal Portal { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Smtp = await TestSmtpServer.CreateAsync();
        Gateway = await TestSmsGateway.StartAsync();
        Portal = new DispatchingPortal([
            "--Notifications:Dispatch=true", "--Notifications:PollInterval=00:00:00.200", "--Notifications:PublicBaseUrl=https://minside.example.no",
            "--Smtp:Host=127.0.0.1", $"--Smtp:Port={Smtp.Port}", "--Smtp:Security=None", .. Gateway.Settings()]);
        Portal.Start();
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Gateway.DisposeAsync();
        await Smtp.DisposeAsync();
    }

    /// <summary>What <paramref name="read"/> finds once it finds anything, within 15 seconds.</summary>
    public static async Task<List<T>> WaitForAsync<T>(Func<List<T>> read)
    {
        for (var i = 0; i < 150; i++)
        {
            if (read() is { Count: > 0 } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("Nothing arrived within 15 seconds.");
    }
}
