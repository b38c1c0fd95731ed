using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

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

    private static string Describe(Exception error) =>
        string.Join(" | ", Flatten(error).Select(e => e.Message));

    private static IEnumerable<Exception> Flatten(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private sealed class ProductionFactory(IEnumerable<KeyValuePair<string, string?>> settings) : PortalFactory
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Settings => settings;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
