using System.Net;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Shell;

[Collection(PortalCollection.Name)]
public sealed class ShellTests(PortalFactory factory)
{
    [Fact]
    public async Task Unknown_page_is_a_norwegian_404_page_without_a_stack_trace()
    {
        using var client = factory.CreatePortalClient();
        await client.LoginAsync("kari");

        var response = await client.Http.GetAsync("/finnes-ikke");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Fant ikke siden</h1>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_login(string url)
    {
        using var client = factory.CreatePortalClient();

        var response = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_response_carries_the_basic_security_headers()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.Http.GetAsync("/logget-ut");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
