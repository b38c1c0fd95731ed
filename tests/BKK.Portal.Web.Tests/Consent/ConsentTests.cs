using System.Net;
using BKK.Portal.Application.Privacy;
using BKK.Portal.Application.Consent;
using BKK.Portal.Domain.Common;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace BKK.Portal.Web.Tests.Consent;

[Collection(PortalCollection.Name)]
public sealed class ConsentTests(PortalFactory factory)
{
    private static readonly PrivacyCatalogue Catalogue = BkkPrivacyCatalogue.Current;

    [Fact]
    public async Task Until_the_visitor_chooses_the_banner_shows_and_only_necessary_cookies_are_set()
    {
        using var visitor = factory.CreatePortalClient();

        foreach (var url in new[] { "/personvern", "/informasjonskapsler", "/chat", "/driftsmeldinger" })
        {
            var response = await visitor.Http.GetAsync(url);
            Assert.All(SetCookies(response), c => Assert.Equal(CookieCategory.Necessary, Catalogue.CookieFor(c.Name.Value!)!.Category));
            if (url != "/informasjonskapsler")
            {
                var banner = (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=consent-banner]")!;
                Assert.Equal(["Godta alle", "Bare nødvendige", "Velg selv"], banner.QuerySelectorAll("button, a.btn").Select(b => b.TextContent.Trim()));
            }
        }
    }

    [Theory]
    [InlineData("", Language.Bokmal)]
    [InlineData("?lang=nn", Language.Nynorsk)]
    [InlineData("?lang=en", Language.English)]
    public async Task The_banner_and_the_settings_page_speak_the_requests_language(string query, Language language)
    {
        using var visitor = factory.CreatePortalClient();
        var t = Catalogue.Consent;

        var banner = (await visitor.GetPageAsync("/personvern" + query)).QuerySelector("[data-testid=consent-banner]")!;
        Assert.Equal(t.BannerTitle.In(language), banner.QuerySelector("#samtykke-tittel")!.TextContent);
        Assert.Contains(t.BannerBody.In(language), banner.TextContent, StringComparison.Ordinal);
        Assert.Equal(Catalogue.RememberedFor(language), banner.QuerySelector("[data-testid=consent-remembered]")!.TextContent);
        Assert.Equal([t.AcceptAll.In(language), t.NecessaryOnly.In(language), t.Choose.In(language)], banner.QuerySelectorAll("button, a.btn").Select(b => b.TextContent.Trim()));
        Assert.False(banner.HasAttribute("lang"), "the page's <html lang> is the banner's language");

        var settings = await visitor.GetPageAsync("/informasjonskapsler" + query);
        Assert.Equal(t.SettingsTitle.In(language), settings.QuerySelector("h1")!.TextContent);
        var form = settings.QuerySelector("[data-testid=consent-settings]")!;
        Assert.Equal(
            Enum.GetValues<CookieCategory>().Select(c => Catalogue.CookieCategoryNames[c].In(language)),
            form.QuerySelectorAll("legend").Select(l => l.TextContent));
        Assert.Contains(Catalogue.CookieCategoryDescriptions[CookieCategory.Necessary].In(language), form.TextContent, StringComparison.Ordinal);
        Assert.Contains(Catalogue.CookieFor(BkkPrivacyCatalogue.LanguageCookieName)!.Purpose.In(language), form.TextContent, StringComparison.Ordinal);
        Assert.Equal([t.Save.In(language), t.AcceptAll.In(language), t.NecessaryOnly.In(language)], form.QuerySelectorAll("button").Select(b => b.TextContent.Trim()));
    }

    [Fact]
    public void The_banner_says_how_long_the_choice_is_remembered_in_every_language()
    {
        Assert.Equal("Vi husker valget ditt i 7 dager.", Catalogue.RememberedFor(Language.Bokmal));
        Assert.Equal("Vi hugsar valet ditt i 7 dagar.", Catalogue.RememberedFor(Language.Nynorsk));
        Assert.Equal("We remember your choice for 7 days.", Catalogue.RememberedFor(Language.English));
    }

    [Theory]
    [InlineData("nodvendige", "", "")]
    [InlineData("alle", "", "functional,marketing,statistics")]
    [InlineData("valgte", "statistics", "statistics")]
    [InlineData("valgte", "necessary", "")] // necessary is not a choice: always on, never recorded as one
    public async Task A_choice_is_recorded_with_version_and_categories_and_the_consent_cookie_lives_7_days(string choice, string ticked, string categories)
    {
        using var visitor = factory.CreatePortalClient();
        var page = await visitor.GetPageAsync("/personvern");

        var response = await visitor.PostFormAsync("/informasjonskapsler", page, new Dictionary<string, string> { ["valg"] = choice, ["kategori"] = ticked }, "[data-testid=consent-banner-form]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/personvern", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(SetCookies(response), c => c.Name == BkkPrivacyCatalogue.ConsentCookieName);
        Assert.InRange(cookie.Expires!.Value, DateTimeOffset.UtcNow.AddDays(7).AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(7).AddMinutes(1));
        Assert.True(cookie.HttpOnly);
        var consentId = await LastConsentIdAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        var record = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ConsentRecords.SingleAsync(r => r.ConsentId == consentId);
        Assert.Equal(Catalogue.Version, record.CatalogueVersion);
        Assert.Equal(choice, record.Choice);
        Assert.Equal(categories, record.Categories);
        Assert.Equal(ConsentService.TextHash(Catalogue), record.TextHash);

        Assert.Null((await visitor.GetPageAsync("/personvern")).QuerySelector("[data-testid=consent-banner]"));
    }

    [Fact]
    public async Task The_video_placeholder_adds_marketing_to_the_choice_already_made_and_it_is_recorded_as_such()
    {
        using var visitor = factory.CreatePortalClient();
        var page = await visitor.GetPageAsync("/hjelp/maler");
        await visitor.PostFormAsync("/informasjonskapsler", page, new Dictionary<string, string> { ["valg"] = "valgte", ["kategori"] = "statistics" }, "[data-testid=consent-banner-form]");
        page = await visitor.GetPageAsync("/hjelp/maler");
        Assert.NotNull(page.QuerySelector("[data-testid=video-placeholder]"));

        var response = await visitor.PostFormAsync("/informasjonskapsler?handler=Add", page, new Dictionary<string, string>(), "[data-testid=video-placeholder] form");

        Assert.Equal("/hjelp/maler", response.Headers.Location!.OriginalString);
        Assert.Single(SetCookies(response), c => c.Name == BkkPrivacyCatalogue.ConsentCookieName);
        var consentId = await LastConsentIdAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var records = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ConsentRecords.Where(r => r.ConsentId == consentId).OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(["valgte", "plassholder"], records.Select(r => r.Choice));
        Assert.Equal(["statistics", "marketing,statistics"], records.Select(r => r.Categories));
        var video = await visitor.GetPageAsync("/hjelp/maler");
        Assert.StartsWith("https://www.youtube-nocookie.com/embed/", video.QuerySelector("[data-testid=video] iframe")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_catalogue_version_asks_again()
    {
        using var visitor = factory.CreatePortalClient();
        var page = await visitor.GetPageAsync("/personvern");
        var chosen = await visitor.PostFormAsync("/informasjonskapsler", page, new Dictionary<string, string> { ["valg"] = "alle" }, "[data-testid=consent-banner-form]");
        var cookie = SetCookies(chosen).Single(c => c.Name == BkkPrivacyCatalogue.ConsentCookieName);

        using var newer = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(Catalogue with { Version = "2027.1" })));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/personvern");
        request.Headers.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        var again = await PortalClient.ParseAsync(await newer.CreateClient().SendAsync(request));

        Assert.NotNull(again.QuerySelector("[data-testid=consent-banner]"));
    }

    [Fact]
    public async Task A_lifetime_changed_in_a_copy_of_the_catalogue_is_the_consent_cookies_and_the_banner_and_settings_page_say_so()
    {
        var changed = Catalogue with
        {
            Cookies = [.. Catalogue.Cookies.Select(c => c.Name == BkkPrivacyCatalogue.ConsentCookieName
                ? c with { Lifetime = CookieLifetime.For(TimeSpan.FromDays(3), new Text("3 dager", "3 dagar", "3 days")) }
                : c)],
        };
        using var custom = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(changed)));
        using var visitor = new PortalClient(custom.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

        Assert.Equal("Vi husker valget ditt i 3 dager.", (await visitor.GetPageAsync("/personvern")).QuerySelector("[data-testid=consent-remembered]")!.TextContent);
        var settings = await visitor.GetPageAsync("/informasjonskapsler");
        Assert.Contains($"{BkkPrivacyCatalogue.ConsentCookieName} (BKK): Huske samtykket ditt. 3 dager.", settings.QuerySelector("[data-testid=consent-settings]")!.TextContent, StringComparison.Ordinal);
        var response = await visitor.PostFormAsync("/informasjonskapsler", settings, new Dictionary<string, string> { ["valg"] = "nodvendige" }, "[data-testid=consent-settings]");

        var cookie = SetCookies(response).Single(c => c.Name == BkkPrivacyCatalogue.ConsentCookieName);
        Assert.InRange(cookie.Expires!.Value, DateTimeOffset.UtcNow.AddDays(3).AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(3).AddMinutes(1));
    }

    [Fact]
    public async Task The_settings_page_ticks_no_category_until_one_is_chosen_and_then_shows_the_choice()
    {
        using var visitor = factory.CreatePortalClient();
        var settings = await visitor.GetPageAsync("/informasjonskapsler");
        Assert.All(settings.QuerySelectorAll("input[name=kategori]"), box => Assert.False(box.HasAttribute("checked"))); // nothing pre-ticked

        await visitor.PostFormAsync("/informasjonskapsler", settings, new Dictionary<string, string> { ["valg"] = "valgte", ["kategori"] = "functional" }, "[data-testid=consent-settings]");

        settings = await visitor.GetPageAsync("/informasjonskapsler");
        Assert.True(settings.QuerySelector("input[value=functional]")!.HasAttribute("checked"));
        Assert.False(settings.QuerySelector("input[value=statistics]")!.HasAttribute("checked"));
    }

    [Fact]
    public async Task Another_visitors_consent_id_in_a_forged_cookie_counts_as_no_consent_and_is_never_written_to()
    {
        using var first = factory.CreatePortalClient();
        var page = await first.GetPageAsync("/personvern");
        var chosen = await first.PostFormAsync("/informasjonskapsler", page, new Dictionary<string, string> { ["valg"] = "alle" }, "[data-testid=consent-banner-form]");
        var theirs = SetCookies(chosen).Single(c => c.Name == BkkPrivacyCatalogue.ConsentCookieName).Value.Value!;
        var theirId = await LastConsentIdAsync();
        Assert.DoesNotContain(theirId, theirs, StringComparison.Ordinal); // the id is not readable from the cookie

        var forgeries = new[]
        {
            $"{theirId}.{Catalogue.Version}.functional+marketing+statistics", // the id in the clear, as the cookie once held it
            theirs[..^2] + (theirs[^2] == 'A' ? "B" : "A") + theirs[^1],       // their protected value with one character changed
        };
        foreach (var forged in forgeries)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/informasjonskapsler");
            request.Headers.Add("Cookie", $"{BkkPrivacyCatalogue.ConsentCookieName}={forged}");
            using var stranger = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            var settings = await PortalClient.ParseAsync(await stranger.SendAsync(request));
            Assert.EndsWith("Du har ikke valgt ennå.", settings.QuerySelector("[data-testid=current-consent]")!.TextContent.Trim(), StringComparison.Ordinal);
        }

        using var forger = factory.CreatePortalClient();
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/personvern"))
        {
            request.Headers.Add("Cookie", $"{BkkPrivacyCatalogue.ConsentCookieName}={forgeries[0]}");
            page = await PortalClient.ParseAsync(await forger.Http.SendAsync(request));
        }

        Assert.NotNull(page.QuerySelector("[data-testid=consent-banner]"));
        using (var post = new HttpRequestMessage(HttpMethod.Post, "/informasjonskapsler"))
        {
            post.Headers.Add("Cookie", $"{BkkPrivacyCatalogue.ConsentCookieName}={forgeries[0]}");
            post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["valg"] = "nodvendige",
                ["__RequestVerificationToken"] = page.QuerySelector("[data-testid=consent-banner-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            });
            Assert.Equal(HttpStatusCode.Redirect, (await forger.Http.SendAsync(post)).StatusCode);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var records = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ConsentRecords.Where(r => r.ConsentId == theirId).ToListAsync();
        Assert.Equal(["alle"], records.Select(r => r.Choice)); // nothing added under their id
    }

    private async Task<string> LastConsentIdAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ConsentRecords.OrderByDescending(r => r.Id).Select(r => r.ConsentId).FirstAsync();
    }

    private static IList<SetCookieHeaderValue> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? SetCookieHeaderValue.ParseList(values.ToList()) : [];
}
