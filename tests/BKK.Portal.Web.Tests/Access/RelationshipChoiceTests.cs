using System.Net;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Access;

/// <summary>A GET never changes state: a link with ?kundeforhold= shows that relationship for that request only.</summary>
[Collection(PortalCollection.Name)]
public sealed class RelationshipChoiceTests(PortalFactory factory)
{
    private const string KariHome = "10000017";
    private const string KariCabin = "10000025";

    [Theory]
    [InlineData("/forbruk?kundeforhold=" + KariCabin)]
    [InlineData("/kundeforhold?kundeforhold=" + KariCabin)]
    [InlineData("/kundeforhold/" + KariCabin)]
    public async Task A_relationship_chosen_in_the_address_counts_for_that_request_only(string url)
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        Assert.Equal(KariHome, (await kari.GetPageAsync("/")).QuerySelector("[data-testid=customer-number]")!.TextContent);

        var chosen = await kari.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Contains(KariCabin, await chosen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(chosen.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("bkk.portal.auth", StringComparison.Ordinal)),
            "a GET rewrote the login cookie");
        Assert.Equal(KariHome, (await kari.GetPageAsync("/")).QuerySelector("[data-testid=customer-number]")!.TextContent);
    }

    [Fact]
    public async Task Only_the_switchers_post_changes_the_stored_choice()
    {
        using var kari = factory.CreatePortalClient();
        var overview = await PortalClient.ParseAsync(await kari.LoginAsync("kari"));

        await kari.PostFormAsync("/kundeforhold/bytt", overview, new Dictionary<string, string> { ["kundenummer"] = KariCabin }, "form.switcher");

        Assert.Equal(KariCabin, (await kari.GetPageAsync("/")).QuerySelector("[data-testid=customer-number]")!.TextContent);
        Assert.Equal(KariHome, (await kari.GetPageAsync("/?kundeforhold=" + KariHome)).QuerySelector("[data-testid=customer-number]")!.TextContent);
        Assert.Equal(KariCabin, (await kari.GetPageAsync("/")).QuerySelector("[data-testid=customer-number]")!.TextContent);
    }
}
