using System.Net;
using System.Net.Http.Headers;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Localization;

/// <summary>
/// Which language a page is in: the visitor's choice in the header, remembered in a cookie; without one, the
/// browser's languages (nn, nb/no, en; anything else bokmål). The switcher keeps the person on the page.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class LanguageChoiceTests(PortalFactory factory)
{
    [Theory]
    [InlineData(null, "nb")]
    [InlineData("nn", "nn")]
    [InlineData("nn-NO", "nn")]
    [InlineData("nb-NO", "nb")]
    [InlineData("no", "nb")]
    [InlineData("en-US", "en")]
    [InlineData("en-GB,en;q=0.9", "en")]
    [InlineData("de-DE", "nb")]
    [InlineData("de-DE,de;q=0.9,en;q=0.5", "en")]
    [InlineData("en;q=0.3,nn;q=0.8", "nn")]
    [InlineData("sv,da;q=0.9", "nb")]
    public async Task Without_a_choice_the_browsers_languages_decide(string? acceptLanguage, string expected)
    {
        using var visitor = factory.CreatePortalClient();
        if (acceptLanguage is not null)
        {
            visitor.Http.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        }

        var page = await visitor.GetPageAsync("/personvern");

        Assert.Equal(expected, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_switcher_remembers_the_choice_for_a_year_and_returns_to_the_same_page()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        kari.Http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        var page = await kari.GetPageAsync("/fakturaer?side=1");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/fakturaer?side=1", page.QuerySelector("[data-testid=language-switcher] input[name=tilbake]")!.GetAttribute("value"));

        var response = await kari.PostFormAsync("/sprak", page, new Dictionary<string, string> { ["sprak"] = "nn" }, "[data-testid=language-switcher]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/fakturaer?side=1", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("bkk.sprak=", StringComparison.Ordinal));
        Assert.StartsWith("bkk.sprak=nn;", cookie, StringComparison.Ordinal);
        var expires = DateTimeOffset.Parse(cookie.Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase))["expires=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromDays(365) - TimeSpan.FromMinutes(5), TimeSpan.FromDays(365));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        // The choice wins over the browser's English, on every page after.
        foreach (var url in new[] { "/fakturaer", "/forbruk", "/personvern" })
        {
            var after = await kari.GetPageAsync(url);
            Assert.Equal("nn", after.DocumentElement.GetAttribute("lang"));
            Assert.Equal("true", after.QuerySelector("[data-testid=language-switcher] button[value=nn]")!.GetAttribute("aria-pressed"));
        }
    }

    [Theory]
    [InlineData("nb", @"\d,\d kWh", @"\b(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}")]
    [InlineData("nn", @"\d,\d kWh", @"\b(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}")]
    [InlineData("en", @"\d\.\d kWh", @"\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}")]
    public async Task Numbers_and_months_follow_the_language(string language, string kwh, string month)
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var overview = (await kari.GetPageAsync($"/?lang={language}")).QuerySelector("main")!.TextContent;

        Assert.Matches(kwh, overview);
        Assert.Matches(month, overview);
    }

    [Theory]
    [InlineData("nn", "nn")]
    [InlineData("en-US", "en")]
    [InlineData("de", "nb")]
    public async Task The_identity_provider_is_asked_for_the_login_in_the_pages_language(string acceptLanguage, string expected)
    {
        using var visitor = factory.CreatePortalClient();
        visitor.Http.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var response = await visitor.Http.GetAsync("/forbruk");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(response.Headers.Location!.Query);
        Assert.Equal(expected, query["ui_locales"].ToString());
    }

    [Theory]
    [InlineData("/personvern?lang=en", "/personvern")]
    [InlineData("/fakturaer?side=2&lang=en", "/fakturaer?side=2")]
    public async Task The_switcher_leaves_out_a_language_in_the_address_so_the_choice_wins(string url, string returnTo)
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var page = await kari.GetPageAsync(url);
        Assert.Equal(returnTo, page.QuerySelector("[data-testid=language-switcher] input[name=tilbake]")!.GetAttribute("value"));

        var response = await kari.PostFormAsync("/sprak", page, new Dictionary<string, string> { ["sprak"] = "nn" }, "[data-testid=language-switcher]");
        var after = await kari.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal("nn", after.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("/finnes-ikke?x=1", "/feil/404")]
    [InlineData("/fakturaer?kundeforhold=20000016", "/feil/403")]
    public async Task On_an_error_page_the_switcher_returns_to_the_error_not_to_the_refused_address(string url, string returnTo)
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var page = await PortalClient.ParseAsync(await kari.Http.GetAsync(url));

        Assert.Equal(returnTo, page.QuerySelector("[data-testid=language-switcher] input[name=tilbake]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_link_in_a_language_shows_the_page_in_it_without_remembering_anything()
    {
        using var visitor = factory.CreatePortalClient();
        var response = await visitor.Http.GetAsync("/personvern?lang=en");
        Assert.Equal("en", (await PortalClient.ParseAsync(response)).DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("bkk.sprak", StringComparison.Ordinal));
        Assert.Equal("nb", (await visitor.GetPageAsync("/personvern")).DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("nn-NO-x-very-long")]
    public async Task An_unknown_language_is_refused(string language)
    {
        using var visitor = factory.CreatePortalClient();
        var page = await visitor.GetPageAsync("/personvern");

        var response = await visitor.PostFormAsync("/sprak", page, new Dictionary<string, string> { ["sprak"] = language }, "[data-testid=language-switcher]");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("bkk.sprak", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task The_switcher_returns_only_to_a_page_of_this_site(string returnTo)
    {
        using var visitor = factory.CreatePortalClient();
        var page = await visitor.GetPageAsync("/personvern");

        var response = await visitor.PostFormAsync("/sprak", page, new Dictionary<string, string> { ["sprak"] = "en", ["tilbake"] = returnTo }, "[data-testid=language-switcher]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_switcher_takes_no_GET_and_no_post_without_its_antiforgery_token()
    {
        using var visitor = factory.CreatePortalClient();

        var get = await visitor.Http.GetAsync("/sprak?sprak=en");
        var forged = await visitor.Http.PostAsync("/sprak", new FormUrlEncodedContent(new Dictionary<string, string> { ["sprak"] = "en", ["tilbake"] = "/" }));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(get.Headers.Contains("Set-Cookie") && get.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("bkk.sprak", StringComparison.Ordinal)));
        Assert.False(forged.Headers.Contains("Set-Cookie") && forged.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("bkk.sprak", StringComparison.Ordinal)));
    }
}
