using System.Net;
using BKK.Portal.BrowserTests.Support;
using BKK.Portal.DevIdentity;
using BKK.Portal.Tests.Shared;
using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BKK.Portal.BrowserTests.Shell;

/// <summary>
/// Logout with the identity provider at another origin, as ID-porten is in production: the development
/// provider runs standalone on another host name and port, and the portal is pointed at it. Logout must
/// reach the provider's end-session endpoint (the logout page navigates there; a redirect of the form would be
/// stopped by the CSP's form-action 'self'), so the next login on a shared computer asks for the password again.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ExternalProviderLogoutTests(BrowserFixture fixture) : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new("idp-");
    private WebApplication? _provider;
    private ExternalProviderPortal? _portal;
    private Uri _portalAddress = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = _folder.FullName });
        builder.Configuration["DevIdentity:DataDirectory"] = _folder.Combine("idp");
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Services.AddDevIdentity(builder.Configuration, _folder.FullName);
        _provider = builder.Build();
        await _provider.Services.InitializeDevIdentityAsync();
        _provider.MapDevIdentity();
        await _provider.StartAsync();
        var port = new Uri(_provider.Urls.First()).Port;

        // "localhost" for the provider and 127.0.0.1 for the portal: another origin, as in production.
        _portal = new ExternalProviderPortal($"http://localhost:{port}{DevIdentityOptions.PathBase}");
        _portal.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _portal.StartServer();
        _portalAddress = new Uri(_portal.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    [Fact]
    public async Task Logout_reaches_the_providers_end_session_endpoint_and_the_next_login_asks_for_the_password()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _portalAddress.ToString(), Locale = "nb-NO" });
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
        await using var session = new BrowserSession(context, await context.NewPageAsync(), nameof(Logout_reaches_the_providers_end_session_endpoint_and_the_next_login_asks_for_the_password));
        var requested = new List<string>();
        session.Page.Request += (_, request) => requested.Add(request.Url);
        var portal = new PortalPage(session.Page);

        await portal.LoginAsync("kari");
        Assert.Contains(requested, u => u.StartsWith("http://localhost:", StringComparison.Ordinal) && u.Contains("/dev-idp/login", StringComparison.Ordinal));
        await Assertions.Expect(portal.CustomerNumber).ToHaveTextAsync("10000017");

        await portal.LogoutAsync();

        await Assertions.Expect(portal.Heading).ToHaveTextAsync("Du er logget ut", new() { Timeout = 15_000 });
        Assert.Contains(requested, u => u.Contains("/dev-idp/connect/endsession", StringComparison.Ordinal));
        await session.Page.GotoAsync("/");
        await Assertions.Expect(session.Page.GetByLabel("Passord")).ToBeVisibleAsync(); // the provider's session ended too
        Assert.StartsWith("http://localhost:", session.Page.Url, StringComparison.Ordinal);
        session.Passed();
    }

    public async Task DisposeAsync()
    {
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }

        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        _folder.Dispose();
    }

    public void Dispose()
    {
        _portal?.Dispose();
        _folder.Dispose();
    }

    private sealed class ExternalProviderPortal(string authority) : PortalFactory
    {
        protected override bool UsesTestServer => false;

        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            new("Authentication:Oidc:Authority", authority),
            new("Authentication:Oidc:RequireHttpsMetadata", "false"),
            new("DevIdentity:Enabled", "false"),
        ];
    }
}
