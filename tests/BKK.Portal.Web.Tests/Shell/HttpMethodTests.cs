using System.Net;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Shell;

/// <summary>A method a page has no handler for is a 405 with the methods it does have, never a 500.</summary>
[Collection(PortalCollection.Name)]
public sealed class HttpMethodTests(PortalFactory factory)
{
    [Theory]
    [InlineData("TRACE", "/kundeforhold")]
    [InlineData("PUT", "/kundeforhold")]
    [InlineData("DELETE", "/kundeforhold")]
    [InlineData("PATCH", "/kundeforhold")]
    [InlineData("TRACE", "/henvendelser/{id}")]
    [InlineData("PUT", "/henvendelser/{id}")]
    [InlineData("DELETE", "/fakturaer")]
    [InlineData("PATCH", "/personvern")]
    [InlineData("PUT", "/")]
    public async Task A_method_without_a_handler_is_405_with_allow(string method, string route)
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var values = await PortalRoutes.SampleValuesAsync(kari);
        var url = route.Replace("{id}", values["id"], StringComparison.Ordinal);
        var page = await kari.GetPageAsync(url);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Add("RequestVerificationToken", token);
        if (method != "TRACE")
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        }

        var response = await kari.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Options_is_told_the_allowed_methods_and_an_unknown_handler_is_404()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var options = await kari.Http.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/kundeforhold"));
        Assert.True((int)options.StatusCode < 500, $"OPTIONS: {(int)options.StatusCode}");
        Assert.Equal(["GET", "HEAD", "POST"], options.Content.Headers.Allow.Order(StringComparer.Ordinal));

        // Fullmakt posts to named handlers only (Grant, Revoke): another name is no such resource.
        var page = await kari.GetPageAsync("/fullmakt");
        var unknown = await kari.PostFormAsync("/fullmakt?handler=finnesikke", page, new Dictionary<string, string>(), "form[action*='Grant']");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
