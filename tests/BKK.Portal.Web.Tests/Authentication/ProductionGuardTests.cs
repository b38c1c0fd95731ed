using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Authentication;

public sealed class ProductionGuardTests
{
    [Fact]
    public void Production_refuses_to_start_with_the_development_provider()
    {
        using var factory = new ProductionFactory([]);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("development identity provider cannot run in Production", Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_refuses_to_start_with_http_metadata()
    {
        using var factory = new ProductionFactory([new("Authentication:Oidc:Authority", "http://idp.example.no/realms/bkk")]);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("must be an https:// URL", Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_refuses_to_seed_demo_data()
    {
        using var factory = new ProductionFactory([new("Authentication:Oidc:Authority", "https://idp.example.no/realms/bkk")]);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("never written into a production database", Describe(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public void Outside_development_no_authority_refuses_to_start_instead_of_mounting_the_development_provider(string environment)
    {
        using var factory = new EnvironmentFactory(environment, [new("DevIdentity:Enabled", "false")]);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Authentication:Oidc:Authority is not set", Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_refuses_the_setting_that_mounts_the_development_provider()
    {
        using var factory = new ProductionFactory([.. ProductionReady, new("DevIdentity:Enabled", "true")]);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("DevIdentity:Enabled", Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Production_refuses_to_start_without_a_certificate_for_the_data_protection_keys()
    {
        using var factory = new ProductionFactory(ProductionReady);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("DataProtection:CertificatePath", Describe(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_production_the_data_protection_keys_are_stored_encrypted_with_the_certificate_and_older_plain_keys_are_gone()
    {
        // A database from before: its first key was written in the clear.
        using var before = new EnvironmentFactory("Testing", []);
        _ = before.Services;
        Assert.Contains(await KeysAsync(before), xml => xml.Contains("<masterKey", StringComparison.Ordinal));

        using var folder = new TempFolder("cert-");
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest(
            "CN=BKK Portal key encryption (test)", rsa, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = folder.Combine("keys.pfx");
        await File.WriteAllBytesAsync(path, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "hemmelig"));
        await File.WriteAllTextAsync(folder.Combine("keys.pfx.password"), "hemmelig\n");
        using var factory = new ProductionFactory(
        [
            .. ProductionReady,
            new("DataProtection:CertificatePath", path),
            new("DataProtection:CertificatePasswordFile", folder.Combine("keys.pfx.password")),
            new("Database:DataDirectory", before.DataDirectory),
            new("DevIdentity:DataDirectory", before.DataDirectory),
        ]);

        var protector = factory.Services.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>().CreateProtector("test");
        Assert.Equal("hei", Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions.Unprotect(protector, Microsoft.AspNetCore.DataProtection.DataProtectionCommonExtensions.Protect(protector, "hei")));

        var keys = await KeysAsync(factory);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Production_refuses_to_dispatch_messages_into_a_folder_or_with_links_that_are_not_https()
    {
        using var noServers = new ProductionFactory([.. ProductionReady, new("Notifications:Dispatch", "true")]);
        Assert.Contains("Smtp:Host and Sms:Endpoint must be set", Describe(Assert.ThrowsAny<Exception>(() => noServers.CreateClient())), StringComparison.Ordinal);

        using var httpLinks = new ProductionFactory(
        [
            .. ProductionReady, new("Notifications:Dispatch", "true"), new("Smtp:Host", "smtp.example.no"), new("Sms:Endpoint", "https://sms.example.no/sms/send"),
            new("Notifications:PublicBaseUrl", "http://minside.example.no"),
        ]);
        Assert.Contains("Notifications:PublicBaseUrl must be the portal's https address", Describe(Assert.ThrowsAny<Exception>(() => httpLinks.CreateClient())), StringComparison.Ordinal);
    }

    [Fact]
    public void An_idle_timeout_longer_than_the_privacy_notice_promises_refuses_to_start()
    {
        using var factory = new EnvironmentFactory("Testing", [new("Authentication:Session:IdleTimeout", "00:45:00")]);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("IdleTimeout must be above zero and at most 30 minutes", Describe(error), StringComparison.Ordinal);
    }

    private static async Task<List<string>> KeysAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BKK.Portal.Infrastructure.Persistence.PortalDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }

    /// <summary>Settings that pass every other production check.</summary>
    private static readonly KeyValuePair<string, string?>[] ProductionReady =
    [
        new("Authentication:Oidc:Authority", "https://idp.example.no/realms/bkk"),
        new("Demo:Seed", "false"),
        new("Identity:AcceptSyntheticNumbers", "false"),
        new("DevIdentity:Enabled", "false"),
    ];

    private static string Describe(Exception error) =>
        string.Join(" | ", Flatten(error).Select(e => e.Message));

    private static IEnumerable<Exception> Flatten(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private sealed class ProductionFactory(IEnumerable<KeyValuePair<string, string?>> settings) : EnvironmentFactory("Production", settings);

    private class EnvironmentFactory(string environment, IEnumerable<KeyValuePair<string, string?>> settings) : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => settings;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
        }
    }
}
