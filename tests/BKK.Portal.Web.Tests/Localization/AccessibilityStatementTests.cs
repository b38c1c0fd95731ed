using System.Net;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Localization;

/// <summary>
/// The accessibility statement (/tilgjengelighet) in the three languages, open to everyone, built as Norwegian
/// statements are: the law, the status, what conforms, what does not and why, how it was tested, feedback and
/// complaint; linked from every page's footer.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AccessibilityStatementTests(PortalFactory factory)
{
    [Theory]
    [InlineData("nb", "Tilgjengelighetserklæring", "Dette fungerer ikke ennå", "Tilsynet for universell utforming av IKT")]
    [InlineData("nn", "Tilgjengelegheitserklæring", "Dette fungerer ikkje enno", "Tilsynet for universell utforming av IKT")]
    [InlineData("en", "Accessibility statement", "What does not work yet", "Authority for Universal Design of ICT")]
    public async Task The_statement_says_what_conforms_what_does_not_and_where_to_turn_in_each_language(string language, string title, string notConforming, string authority)
    {
        using var visitor = factory.CreatePortalClient();

        var response = await visitor.Http.GetAsync($"/tilgjengelighet?lang={language}");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(6, page.QuerySelectorAll("main h2").Length);
        Assert.Contains(page.QuerySelectorAll("main h2"), h => h.TextContent.Trim() == notConforming);
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=known-failures] li"));
        Assert.NotNull(page.QuerySelector("main a[href='tel:+4755127000']"));
        Assert.Contains(authority, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(title, page.QuerySelector("footer a[href='/tilgjengelighet']")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("nb", "28. november 2026")]
    [InlineData("nn", "28. november 2026")]
    [InlineData("en", "28 November 2026")]
    public async Task Dates_follow_the_language(string language, string date)
    {
        using var visitor = factory.CreatePortalClient();

        var page = await visitor.GetPageAsync($"/tilgjengelighet?lang={language}");

        Assert.Contains(date, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
