using System.Net;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Host;
using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Shell;

/// <summary>The portal when what it stands on fails: the database, the identity provider, a write half-way.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task With_the_database_gone_the_portal_answers_503_and_is_unready_then_recovers_by_itself()
    {
        await using var factory = new PortalFactory();
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        Assert.Equal(HttpStatusCode.OK, (await kari.Http.GetAsync("/forbruk")).StatusCode);
        var files = Directory.GetFiles(factory.DataDirectory, "portal.db*");
        var away = Path.Combine(factory.DataDirectory, "away");
        Directory.CreateDirectory(away);

        foreach (var file in files)
        {
            File.Move(file, Path.Combine(away, Path.GetFileName(file)));
        }

        SqliteConnection.ClearAllPools(); // what a stopped database server does to open connections
        try
        {
            var page = await kari.Http.GetAsync("/forbruk");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            var body = await page.Content.ReadAsStringAsync();
            Assert.Contains("<h1>Mine sider er midlertidig utilgjengelig</h1>", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);

            // The language can still be changed: by links that need no form (its token would need the keys in the database).
            var links = (await PortalClient.ParseAsync(page)).QuerySelectorAll("[data-testid=language-links] a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(["/feil/503?lang=nb", "/feil/503?lang=nn", "/feil/503?lang=en"], links);
            var nynorsk = await kari.Http.GetAsync(links[1]);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, nynorsk.StatusCode);
            Assert.Equal("nn", (await PortalClient.ParseAsync(nynorsk)).DocumentElement.GetAttribute("lang"));
            Assert.Equal("30", page.Headers.GetValues("Retry-After").Single());
            SecurityHeadersTests.AssertHeaders("/forbruk during the outage", page);
            var ready = await kari.Http.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await kari.Http.GetAsync("/health/live")).StatusCode);
            Assert.False(File.Exists(Path.Combine(factory.DataDirectory, "portal.db")), "an empty database must not be created in its place");
        }
        finally
        {
            foreach (var file in Directory.GetFiles(away))
            {
                File.Move(file, Path.Combine(factory.DataDirectory, Path.GetFileName(file)), overwrite: true);
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await kari.Http.GetAsync("/forbruk")).StatusCode);
        Assert.Equal("Healthy", await (await kari.Http.GetAsync("/health/ready")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_portal_that_starts_while_the_database_is_away_answers_503_until_it_comes()
    {
        await using var factory = new NoDatabaseYetFactory();
        using var visitor = factory.CreatePortalClient();

        // Even the privacy notice needs the database now: its consent form's token needs the keys kept there.
        var page = await visitor.Http.GetAsync("/personvern");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("<h1>Mine sider er midlertidig utilgjengelig</h1>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await visitor.Http.GetAsync("/health/ready")).StatusCode);

        await factory.Services.MigratePortalDatabaseAsync(); // the database comes (here: is made)

        Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync("/personvern")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task With_the_identity_provider_gone_login_says_so_instead_of_failing()
    {
        await using var factory = new ClosedIdentityProviderFactory();
        using var visitor = factory.CreatePortalClient();

        var response = await visitor.Http.GetAsync("/fakturaer");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Innloggingen er utilgjengelig</h1>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("IDX", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.Http.GetAsync("/personvern")).StatusCode); // what needs no login still works
    }

    [Fact]
    public async Task A_write_that_fails_half_way_saves_nothing_of_the_form()
    {
        var fault = new FailingCommand("INSERT INTO \"AuditEntries\"") { On = false };
        await using var factory = new FaultyWriteFactory(fault);
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var before = await PhoneOfKariAsync(factory);
        var page = await kari.GetPageAsync("/kundeforhold");
        var form = new Dictionary<string, string>
        {
            ["Input.AddressLine"] = "Fjellveien 12", ["Input.PostalCode"] = "5019", ["Input.PostalPlace"] = "Bergen",
            ["Input.Phone"] = "40000001", ["Input.Email"] = "kari.nordmann@example.no",
        };

        fault.On = true;
        var failed = await kari.PostFormAsync("/kundeforhold", page, form, "form.contact-form");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Contains("Ingenting du har sendt inn er lagret halvveis", await failed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await PhoneOfKariAsync(factory)); // the change went with the audit entry that failed

        fault.On = false;
        var saved = await kari.PostFormAsync("/kundeforhold", await kari.GetPageAsync("/kundeforhold"), form, "form.contact-form");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("+4740000001", await PhoneOfKariAsync(factory));
    }

    private static async Task<string?> PhoneOfKariAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().People.Where(p => p.Subject == DemoPeople.Kari).Select(p => p.Contact.Phone).SingleAsync();
    }

    /// <summary>The portal as a production instance starts: no migration at start, here with no database yet.</summary>
    private sealed class NoDatabaseYetFactory : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            new("Database:MigrateAtStart", "false"),
            new("Demo:Seed", "false"),
        ];
    }

    /// <summary>The portal configured against an external identity provider whose port nobody listens on.</summary>
    private sealed class ClosedIdentityProviderFactory : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [
            new("Authentication:Oidc:Authority", "http://127.0.0.1:9/realms/bkk"),
            new("Authentication:Oidc:RequireHttpsMetadata", "false"),
        ];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Real sockets to the closed port (after the base class routed the backchannel into the test server).
            builder.ConfigureTestServices(services => services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                o.BackchannelHttpHandler = new SocketsHttpHandler();
                o.BackchannelTimeout = TimeSpan.FromSeconds(5);
            }));
        }
    }

    private sealed class FaultyWriteFactory(FailingCommand fault) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<PortalDbContext>(o => o.AddInterceptors(fault)));
        }
    }
}
