using System.Net;
using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Support;

/// <summary>The portal on real sockets (Kestrel on 127.0.0.1) and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    private KestrelPortalFactory? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The portal's services, for a test that needs to read what the demo data holds.</summary>
    public IServiceProvider Services => _factory!.Services;

    public async Task InitializeAsync()
    {
        _factory = new KestrelPortalFactory();
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("BKK_CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>
    /// A fresh browser context (no cookies) with a trace running; see <see cref="BrowserSession"/>. The browser's
    /// language (<paramref name="locale"/>, sent as Accept-Language) picks the portal's language. With
    /// <paramref name="baseAddress"/>, the context browses another portal than the fixture's (another process).
    /// </summary>
    public async Task<BrowserSession> NewSessionAsync(string testName, int width = 1280, int height = 900, string locale = "nb-NO", Uri? baseAddress = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (baseAddress ?? BaseAddress).ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
        return new BrowserSession(context, await context.NewPageAsync(), testName);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    public void Dispose() => _factory?.Dispose();

    private sealed class KestrelPortalFactory : PortalFactory
    {
        /// <summary>A measurement id, so that analytics would load with consent (the network is closed: only the attempt shows).</summary>
        public const string AnalyticsId = "G-TEST12345";

        protected override bool UsesTestServer => false;

        protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("ThirdParties:AnalyticsMeasurementId", AnalyticsId)];
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
