using System.Net;
using BKK.Portal.Application.Privacy;
using BKK.Portal.Domain.Common;
using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Privacy;

[Collection(PortalCollection.Name)]
public sealed class PrivacyNoticeTests(PortalFactory factory)
{
    private static readonly PrivacyCatalogue Catalogue = BkkPrivacyCatalogue.Current;

    [Theory]
    [InlineData("", Language.Bokmal)]
    [InlineData("?lang=nb", Language.Bokmal)]
    [InlineData("?lang=nn", Language.Nynorsk)]
    [InlineData("?lang=en", Language.English)]
    public async Task The_notice_is_the_catalogue_every_section_without_logging_in(string query, Language language)
    {
        using var visitor = factory.CreatePortalClient();

        var response = await visitor.Http.GetAsync("/personvern" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var text = page.QuerySelector("main")!.TextContent;
        var expected = new List<Text> { Catalogue.Introduction, Catalogue.Complaint };
        expected.AddRange(Catalogue.DataCategories.SelectMany(c => new[] { c.Name, c.Holds, c.Purpose, c.LegalBasis }));
        expected.AddRange(Catalogue.RetentionRules.Select(r => r.Description));
        expected.AddRange(Catalogue.Sources.Concat(Catalogue.DisclosureGrounds).Concat(Catalogue.Protection).Concat(Catalogue.Rights));
        expected.AddRange(Catalogue.Processors.SelectMany(p => new[] { p.Name, p.Task }));
        expected.AddRange(typeof(NoticeHeadings).GetProperties()
            .Where(p => p.Name is not (nameof(NoticeHeadings.VersionLabel) or nameof(NoticeHeadings.DateFormat)))
            .Select(p => (Text)p.GetValue(Catalogue.Headings)!));
        Assert.All(expected, t => Assert.Contains(t.In(language), text, StringComparison.Ordinal));
        var date = Catalogue.Date.ToString(Catalogue.Headings.DateFormat.In(language), Languages.CultureOf(language));
        Assert.Equal(
            $"{Catalogue.Headings.VersionLabel.In(language)} {Catalogue.Version}, {date}",
            page.QuerySelector("[data-testid=catalogue-version]")!.TextContent);

        // The page's language is the request's: <html lang> says it, and nothing in the notice overrides it.
        Assert.Equal(Languages.Tag(language), page.DocumentElement.GetAttribute("lang"));
        Assert.Empty(page.QuerySelectorAll("main [lang]"));

        var rows = page.QuerySelectorAll("[data-testid=cookie-table] tbody tr");
        Assert.Equal(Catalogue.Cookies.Count, rows.Length); // the development login's cookie too: this is not production
        foreach (var cookie in Catalogue.Cookies)
        {
            var row = rows.Single(r => r.GetAttribute("data-cookie") == cookie.Name);
            Assert.Contains(cookie.Theme.In(language), row.TextContent, StringComparison.Ordinal);
            Assert.Contains(cookie.Data.In(language), row.TextContent, StringComparison.Ordinal);
            Assert.Contains(cookie.Purpose.In(language), row.TextContent, StringComparison.Ordinal);
            Assert.Equal(cookie.Lifetime.Display.In(language), row.QuerySelector("[data-testid=cookie-lifetime]")!.TextContent);
        }
    }

    [Theory]
    [InlineData("nn", Language.Nynorsk)]
    [InlineData("en-GB,en;q=0.8", Language.English)]
    [InlineData("de-DE", Language.Bokmal)]
    public async Task The_notice_follows_the_browsers_language_without_a_query(string acceptLanguage, Language language)
    {
        using var visitor = factory.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/personvern");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        var page = await PortalClient.ParseAsync(await visitor.Http.SendAsync(request));

        Assert.Equal(Catalogue.Headings.Title.In(language), page.QuerySelector("h1")!.TextContent);
        Assert.Contains(Catalogue.Introduction.In(language), page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_notice_cached_in_one_language_is_not_served_in_another()
    {
        using var visitor = factory.CreatePortalClient();

        var bokmal = await visitor.GetPageAsync("/personvern");
        var nynorsk = await visitor.GetPageAsync("/personvern?lang=nn");
        var english = await visitor.GetPageAsync("/personvern?lang=en");

        Assert.Equal("Personvernerklæring", bokmal.QuerySelector("h1")!.TextContent);
        Assert.Contains("Kva opplysningar vi behandlar", nynorsk.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Språkval", nynorsk.QuerySelector($"[data-cookie='{BkkPrivacyCatalogue.LanguageCookieName}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Privacy notice", english.QuerySelector("h1")!.TextContent);
        Assert.Equal("1 year", english.QuerySelector($"[data-cookie='{BkkPrivacyCatalogue.LanguageCookieName}'] [data-testid=cookie-lifetime]")!.TextContent);
    }

    [Fact]
    public async Task The_cached_notice_is_the_same_text_but_the_page_around_it_follows_the_visitors_choice()
    {
        using var visitor = factory.CreatePortalClient();
        var first = await visitor.GetPageAsync("/personvern");
        Assert.NotNull(first.QuerySelector("[data-testid=consent-banner]"));

        await visitor.PostFormAsync("/informasjonskapsler", first, new Dictionary<string, string> { ["valg"] = "nodvendige" }, "[data-testid=consent-banner-form]");
        var second = await visitor.GetPageAsync("/personvern");

        Assert.Equal(first.QuerySelector("main")!.TextContent, second.QuerySelector("main")!.TextContent);
        Assert.Null(second.QuerySelector("[data-testid=consent-banner]"));
        Assert.False((await visitor.Http.GetAsync("/personvern")).Headers.ETag is not null, "no ETag: the page around the notice changes with consent, nonce and tokens");
    }

    [Fact]
    public async Task A_lifetime_changed_in_a_copy_of_the_catalogue_is_what_the_notice_says()
    {
        var changed = Catalogue with
        {
            Version = "test-lifetime",
            Cookies = [.. Catalogue.Cookies.Select(c => c.Name == BkkPrivacyCatalogue.ConsentCookieName
                ? c with { Lifetime = CookieLifetime.For(TimeSpan.FromDays(3), new Text("3 dager", "3 dagar", "3 days")) }
                : c)],
        };
        using var custom = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(changed)));
        using var client = custom.CreateClient();

        var page = await PortalClient.ParseAsync(await client.GetAsync("/personvern"));

        var row = page.QuerySelector($"[data-cookie='{BkkPrivacyCatalogue.ConsentCookieName}']")!;
        Assert.Equal("3 dager", row.QuerySelector("[data-testid=cookie-lifetime]")!.TextContent);
        Assert.Contains("test-lifetime", page.QuerySelector("[data-testid=catalogue-version]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_portal_does_not_start_with_a_broken_catalogue_and_says_why()
    {
        var broken = Catalogue with
        {
            DataCategories = [.. Catalogue.DataCategories.Select(c => c.Key == "consumption" ? c with { RetentionKey = "none" } : c)],
        };
        using var custom = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(broken)));

        var error = Assert.Throws<InvalidOperationException>(() => custom.CreateClient());
        Assert.Contains("The data category 'consumption' has no retention rule", error.Message, StringComparison.Ordinal);
    }
}
