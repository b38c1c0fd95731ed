using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Support;

/// <summary>
/// The portal as `dotnet run` starts it (embedded SQLite, the development identity provider,
/// demo data), in a folder of its own, logging to the folder test.sh audits at the end.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly TempFolder _data = new(string.Empty);

    public string DataDirectory => _data.FullName;

    public static string LogDirectory =>
        Environment.GetEnvironmentVariable("BKK_TEST_LOG_DIR") is { Length: > 0 } dir
            ? dir
            : Path.Combine(Path.GetTempPath(), "bkk-portal-tests", "logs");

    /// <summary>False when the portal listens on real sockets (browser tests): no test server to route through.</summary>
    protected virtual bool UsesTestServer => true;

    /// <summary>Many tests post the fullmakt form as the same person; one test class checks the limit itself.</summary>
    protected virtual int GrantAttemptsPerHour => 1000;

    /// <summary>Extra settings a test class needs, applied after the defaults.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:DataDirectory", DataDirectory);
        builder.UseSetting("DevIdentity:DataDirectory", DataDirectory);
        builder.UseSetting("Logging:Directory", LogDirectory);
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("DevIdentity:Enabled", "true"); // outside Development the provider of synthetic users is asked for by name
        builder.UseSetting("Identity:AcceptSyntheticNumbers", "true");
        builder.UseSetting("RateLimits:GrantAttemptsPerHour", GrantAttemptsPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:ConsentChoicesPerHour", "10000"); // every test posts from 127.0.0.1
        foreach (var limit in new[] { "LoginsPerMinutePerAddress", "FormPostsPerMinute", "ExportsPerHour" })
        {
            builder.UseSetting($"RateLimits:{limit}", "100000"); // every test comes from one address; one test class checks the limits
        }

        builder.UseSetting("Chat:AlwaysOpen", "true"); // a test may run on a Sunday night; the opening hours have their own tests
        builder.UseSetting("Retention:Enabled", "false"); // the retention tests run the job themselves, with their own clock
        builder.UseSetting("Notifications:Dispatch", "false"); // the delivery tests turn the dispatcher on, with their own servers
        builder.UseSetting("Notifications:ReadingReminders", "false"); // their messages are theirs alone; the reminder tests run the job themselves
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (!UsesTestServer)
        {
            return;
        }

        builder.ConfigureTestServices(services =>
            // Discovery and token requests of the OpenID Connect client stay inside the test server.
            // Configure (not PostConfigure) so it is in place before the handler builds its backchannel.
            services.Configure<OpenIdConnectOptions>(
                OpenIdConnectDefaults.AuthenticationScheme,
                o => o.BackchannelHttpHandler = Server.CreateHandler()));
    }

    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
