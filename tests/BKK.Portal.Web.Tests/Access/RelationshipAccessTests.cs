using System.Net;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Access;

[Collection(PortalCollection.Name)]
public sealed class RelationshipAccessTests(PortalFactory factory)
{
    private const string PerBusiness = "20000016";
    private const string KariHome = "10000017";
    private const string IngridHome = "10000033";

    /// <summary>Everything of relationship B a response could leak: numbers, names, addresses, metering point IDs.</summary>
    private static readonly string[] PerBusinessData = BusinessData();

    [Fact]
    public async Task Switcher_post_to_a_relationship_without_grant_is_403_without_its_data()
    {
        using var kari = factory.CreatePortalClient();
        var overview = await PortalClient.ParseAsync(await kari.LoginAsync("kari"));

        var response = await kari.PostFormAsync("/kundeforhold/bytt", overview,
            new Dictionary<string, string> { ["kundenummer"] = PerBusiness }, "form.switcher");

        await AssertRefusedWithoutDataAsync(response);
        await AssertStillShowsAsync(kari, KariHome);
    }

    [Theory]
    [InlineData("/?kundeforhold=" + PerBusiness)]
    [InlineData("/kundeforhold/" + PerBusiness)]
    [InlineData("/?kundeforhold=99999999")]
    [InlineData("/kundeforhold/99999999")]
    [InlineData("/kundeforhold/bytt?kundeforhold=" + PerBusiness)]
    public async Task Query_string_and_route_to_a_relationship_without_grant_are_403_without_its_data(string url)
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var response = await kari.Http.GetAsync(url);

        await AssertRefusedWithoutDataAsync(response);
        await AssertStillShowsAsync(kari, KariHome);
    }

    [Theory]
    [InlineData("/kundeforhold")]
    [InlineData("/anlegg")]
    [InlineData("/henvendelser")]
    [InlineData("/henvendelser/1")]
    [InlineData("/fullmakt")]
    [InlineData("/fakturaer")]
    [InlineData("/betalinger")]
    public async Task The_pages_of_a_relationship_without_grant_are_403_without_its_data(string page)
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        await AssertRefusedWithoutDataAsync(await kari.Http.GetAsync($"{page}?kundeforhold={PerBusiness}"));
        await AssertStillShowsAsync(kari, KariHome);
    }

    [Theory]
    [InlineData("/kundeforhold", "Input.Phone", "40000000")]
    [InlineData("/henvendelser", "Input.Text", "Hei")]
    [InlineData("/henvendelser/1", "Input.Text", "Hei")]
    [InlineData("/fullmakt?handler=Grant&", "Input.Name", "Kari Nordmann")]
    [InlineData("/fullmakt?handler=Revoke&", "fullmakt", "1")]
    public async Task The_forms_posted_to_a_relationship_without_grant_are_403_and_change_nothing(string form, string field, string value)
    {
        using var kari = factory.CreatePortalClient();
        var overview = await PortalClient.ParseAsync(await kari.LoginAsync("kari"));
        var url = (form.EndsWith('&') ? form : form + "?") + "kundeforhold=" + PerBusiness;

        var response = await kari.PostFormAsync(url, overview, new Dictionary<string, string> { [field] = value }, "form.switcher");

        await AssertRefusedWithoutDataAsync(response);
        await AssertStillShowsAsync(kari, KariHome);
    }

    [Fact]
    public async Task Unknown_and_foreign_relationship_get_the_same_answer()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var foreign = await (await kari.Http.GetAsync("/kundeforhold/" + PerBusiness)).Content.ReadAsStringAsync();
        var unknown = await (await kari.Http.GetAsync("/kundeforhold/99999999")).Content.ReadAsStringAsync();

        Assert.Equal(WithoutRequestId(unknown), WithoutRequestId(foreign));
    }

    [Fact]
    public async Task Person_with_fullmakt_switches_to_the_relatives_relationship()
    {
        using var ola = factory.CreatePortalClient();
        var overview = await PortalClient.ParseAsync(await ola.LoginAsync("ola"));
        Assert.Equal("Ola Hansen", overview.QuerySelector("[data-testid=holder-name]")!.TextContent);

        var switched = await ola.FollowAsync(await ola.PostFormAsync("/kundeforhold/bytt", overview,
            new Dictionary<string, string> { ["kundenummer"] = IngridHome }, "form.switcher"));

        var page = await PortalClient.ParseAsync(switched);
        Assert.Equal("Ingrid Hansen", page.QuerySelector("[data-testid=holder-name]")!.TextContent);
        var facts = page.QuerySelectorAll("section[aria-labelledby=kundeforhold-tittel] .facts dd");
        Assert.Equal("Full fullmakt", facts[facts.Length - 1].TextContent);
        await AssertStillShowsAsync(ola, IngridHome);
    }

    [Fact]
    public async Task Route_and_query_string_select_a_granted_relationship()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var byRoute = await kari.GetPageAsync("/kundeforhold/10000025");
        Assert.Equal("10000025", byRoute.QuerySelector("[data-testid=customer-number]")!.TextContent);
        var byQuery = await kari.GetPageAsync("/?kundeforhold=" + KariHome);
        Assert.Equal(KariHome, byQuery.QuerySelector("[data-testid=customer-number]")!.TextContent);
    }

    [Theory]
    [InlineData("/?kundeforhold=abc", HttpStatusCode.BadRequest)]
    [InlineData("/?kundeforhold=1234567", HttpStatusCode.BadRequest)]
    [InlineData("/kundeforhold/abc", HttpStatusCode.NotFound)]
    [InlineData("/kundeforhold/123456789", HttpStatusCode.NotFound)]
    public async Task Malformed_customer_number_is_a_clear_error_page(string url, HttpStatusCode status)
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var response = await kari.Http.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(page.QuerySelector("h1")!.TextContent, new[] { "Ugyldig forespørsel", "Fant ikke siden" });
    }

    [Fact]
    public async Task Switcher_post_without_antiforgery_token_is_refused()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var response = await kari.Http.PostAsync("/kundeforhold/bytt",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["kundenummer"] = "10000025" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertStillShowsAsync(kari, KariHome);
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_the_identity_provider()
    {
        using var anonymous = factory.CreatePortalClient();

        var response = await anonymous.Http.GetAsync("/kundeforhold/" + KariHome);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/dev-idp/connect/authorize?", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static async Task AssertRefusedWithoutDataAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Ingen tilgang", body, StringComparison.Ordinal);
        Assert.All(PerBusinessData, secret => Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(PerBusiness, string.Join(' ', response.Headers.SelectMany(h => h.Value)), StringComparison.Ordinal);
    }

    private static async Task AssertStillShowsAsync(PortalClient client, string customerNumber)
    {
        var page = await client.GetPageAsync("/");
        Assert.Equal(customerNumber, page.QuerySelector("[data-testid=customer-number]")!.TextContent);
    }

    private static string WithoutRequestId(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "<code>[^<]*</code>|value=\"CfDJ[^\"]*\"", string.Empty);

    private static string[] BusinessData()
    {
        var data = DemoDataGenerator.Create(new DateOnly(2026, 1, 1));
        var business = data.Relationships.Single(r => r.CustomerNumber.Value == PerBusiness);
        return
        [
            business.CustomerNumber.Value,
            business.HolderName,
            business.OrganisationNumber!.Value,
            .. business.MeteringPoints.SelectMany(m => new[] { m.MeteringPointId.Value, m.MeteringPointId.Formatted, m.Address.Street, m.MeterNumber }),
        ];
    }
}
