using System.Collections;
using System.Reflection;
using BKK.Portal.Application.Privacy;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Customers;

namespace BKK.Portal.Application.Tests.Privacy;

public class PrivacyCatalogueTests
{
    private static readonly PrivacyCatalogue Catalogue = BkkPrivacyCatalogue.Current;

    [Fact]
    public void The_portals_catalogue_is_valid_and_keeps_the_promises_of_the_notice()
    {
        Assert.Empty(Catalogue.Problems());
        Assert.True(OrganisationNumber.Parse(Catalogue.Controller.OrganisationNumber).IsValid);
        Assert.Equal(TimeSpan.FromHours(24), Catalogue.CookieFor("bkk.portal.auth")!.Lifetime.Duration);
        Assert.Equal(TimeSpan.FromMinutes(3), Catalogue.CookieFor(BkkPrivacyCatalogue.ChatCookieName)!.Lifetime.Duration);
        Assert.Equal(TimeSpan.FromDays(7), Catalogue.CookieFor(BkkPrivacyCatalogue.ConsentCookieName)!.Lifetime.Duration);
        var language = Catalogue.CookieFor(BkkPrivacyCatalogue.LanguageCookieName)!;
        Assert.Equal((BkkPrivacyCatalogue.LanguageCookieName, false, CookieCategory.Necessary, true, TimeSpan.FromDays(365)), (language.Name, language.IsPrefix, language.Category, language.FirstParty, language.Lifetime.Duration));
        Assert.Equal(TimeSpan.FromDays(730), Catalogue.CookieFor("_ga")!.Lifetime.Duration);
        Assert.True(Catalogue.CookieFor("VISITOR_INFO1_LIVE")!.Lifetime.Duration < TimeSpan.FromDays(730));
        Assert.Equal(
            ["personal", "customer", "consumption", "invoicing", "claims", "security", "messages", "reading-photos", "sharing", "technical", "electronic"],
            Catalogue.DataCategories.Select(c => c.Key));
        Assert.Equal(
            [(5, null), (10, null), (null, 90), (null, 90), (null, 90), (null, null)],
            Catalogue.RetentionRules.Select(r => (r.YearsAfterRelationshipEnds, r.DaysAfterRecord)));
        Assert.Contains("90 dager", Catalogue.RetentionFor("messages").Description.Nb, StringComparison.Ordinal); // the notice says the number the job uses
        Assert.Contains("90 dager etter at den utløp", Catalogue.RetentionFor("sharing").Description.Nb, StringComparison.Ordinal);
        Assert.Contains("90 dager etter avlesningen", Catalogue.RetentionFor("reading-photos").Description.Nb, StringComparison.Ordinal);
    }

    [Fact]
    public void Cookie_names_match_exactly_or_by_their_prefix()
    {
        Assert.Equal("bkk.portal.oidc.nonce.", Catalogue.CookieFor("bkk.portal.oidc.nonce.abc123")!.Name);
        Assert.Equal("_ga_", Catalogue.CookieFor("_ga_G12345")!.Name);
        Assert.Equal("_ga", Catalogue.CookieFor("_ga")!.Name);
        Assert.Null(Catalogue.CookieFor("_gid"));
        Assert.Null(Catalogue.CookieFor("bkk.portal.auth.extra"));
        Assert.Equal("bkk.portal.auth", Catalogue.CookieFor("bkk.portal.authC2")!.Name); // a chunk of a large cookie
        Assert.Null(Catalogue.CookieFor("bkk.portal.authCx"));
    }

    [Fact]
    public void A_cookie_without_a_lifetime_is_refused_with_its_name()
    {
        var broken = Catalogue with
        {
            Cookies = [.. Catalogue.Cookies.Select(c => c.Name == "_ga" ? c with { Lifetime = new CookieLifetime(null, false, c.Lifetime.Display) } : c)],
        };

        var error = Assert.Throws<InvalidOperationException>(() => broken.EnsureValid());
        Assert.Contains("The cookie '_ga' has no lifetime.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_category_without_a_retention_rule_is_refused()
    {
        var broken = Catalogue with
        {
            DataCategories = [.. Catalogue.DataCategories.Select(c => c.Key == "claims" ? c with { RetentionKey = "forever" } : c)],
        };

        Assert.Contains("The data category 'claims' has no retention rule ('forever' is not in the catalogue).", broken.Problems());
    }

    [Fact]
    public void The_notice_says_the_years_the_job_keeps_data()
    {
        var rule = Catalogue.RetentionRules.Single(r => r.Key == "while-customer-then-5-years");

        Assert.Equal("Så lenge du er kunde, og deretter i 5 år etter utgangen av regnskapsåret, slik bokføringsloven krever.", rule.Description.Nb);
        Assert.Equal("Some data up to 10 years, until a claim is time-barred under the Limitation Act.", Catalogue.RetentionRules.Single(r => r.Key == "limitation-10-years").Description.En);
        Assert.Contains("deretter i 3 år etter", (rule with { YearsAfterRelationshipEnds = 3 }).Description.Nb, StringComparison.Ordinal);
        Assert.Equal("Så lenge du er kunde, og deretter i 5 år etter utgangen av rekneskapsåret, slik bokføringslova krev.", rule.Description.In(Language.Nynorsk));
    }

    [Fact]
    public void A_rule_whose_text_would_not_show_its_years_is_refused()
    {
        var broken = Catalogue with
        {
            RetentionRules = [.. Catalogue.RetentionRules.Select(r => r.YearsAfterRelationshipEnds == 10 ? r with { Template = new Text("Inntil 10 år.", "Inntil {0} år.", "Up to {0} years.") } : r)],
        };

        Assert.Contains(broken.Problems(), p => p.StartsWith("The retention rule 'limitation-10-years' keeps data for years, but its text has no {0}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_whose_nynorsk_text_would_not_show_its_years_is_refused()
    {
        var broken = Catalogue with
        {
            RetentionRules = [.. Catalogue.RetentionRules.Select(r => r.YearsAfterRelationshipEnds == 5 ? r with { Template = r.Template with { Nn = "Så lenge du er kunde, og deretter i fem år." } } : r)],
        };

        Assert.Contains(broken.Problems(), p => p.StartsWith("The retention rule 'while-customer-then-5-years' keeps data for years, but its text has no {0}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_missing_in_english_is_refused()
    {
        var broken = Catalogue with { Complaint = new Text("Klag til Datatilsynet.", "Klag til Datatilsynet.", " ") };

        Assert.Equal(["The complaint lacks a text in English."], broken.Problems());
    }

    [Fact]
    public void A_text_missing_in_nynorsk_is_refused_and_the_portal_would_not_start()
    {
        var broken = Catalogue with
        {
            Complaint = Catalogue.Complaint with { Nn = "" },
            Rights = [.. Catalogue.Rights.Select((t, i) => i == 2 ? t with { Nn = " " } : t)],
            Cookies = [.. Catalogue.Cookies.Select(c => c.Name == BkkPrivacyCatalogue.LanguageCookieName ? c with { Theme = c.Theme with { Nn = "" } } : c)],
            Consent = Catalogue.Consent with { AcceptAll = Catalogue.Consent.AcceptAll with { Nn = "" } },
            CookieCategoryDescriptions = Catalogue.CookieCategoryDescriptions.ToDictionary(k => k.Key, k => k.Key == CookieCategory.Necessary ? k.Value with { Nn = "" } : k.Value),
        };

        Assert.Equal(
            [
                "The cookie 'bkk.sprak' lacks a text in nynorsk.",
                "The consent text 'AcceptAll' lacks a text in nynorsk.",
                "The complaint lacks a text in nynorsk.",
                "The right 3 lacks a text in nynorsk.",
                "The description of the cookie category Necessary lacks a text in nynorsk.",
            ],
            broken.Problems());
        var error = Assert.Throws<InvalidOperationException>(() => broken.EnsureValid());
        Assert.Contains("The complaint lacks a text in nynorsk.", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Every text anywhere in the catalogue (headings, consent texts, categories, cookies, lifetimes, lists) is there
    /// in bokmål, nynorsk and English, found by walking the catalogue, so a text <see cref="PrivacyCatalogue.Problems"/>
    /// does not look at yet is caught too.
    /// </summary>
    [Fact]
    public void The_portals_catalogue_has_every_text_in_bokmal_nynorsk_and_english()
    {
        Assert.Empty(Catalogue.Problems());

        var texts = TextsIn(Catalogue).ToList();
        Assert.True(texts.Count > 150, $"the walk found only {texts.Count} texts");
        Assert.All(texts, t => Assert.All(Enum.GetValues<Language>(), l => Assert.False(string.IsNullOrWhiteSpace(t.In(l)), $"'{t.Nb}' has no text in {l}")));
        Assert.Equal(texts.Count, texts.Count(t => t.In(Language.Bokmal) == t.Nb && t.In(Language.Nynorsk) == t.Nn && t.In(Language.English) == t.En));
    }

    private static IEnumerable<Text> TextsIn(object? value) => value switch
    {
        null or string => [],
        Text text => [text],
        IDictionary dictionary => dictionary.Values.Cast<object?>().SelectMany(TextsIn),
        IEnumerable items => items.Cast<object?>().SelectMany(TextsIn),
        _ when value.GetType().Namespace?.StartsWith("BKK.Portal.Application", StringComparison.Ordinal) == true =>
            value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0).SelectMany(p => TextsIn(p.GetValue(value))),
        _ => [],
    };

    /// <summary>
    /// A changed promise needs a new version (visitors are asked again): when the content changes,
    /// this fails until <see cref="PrivacyCatalogue.Version"/> and the fingerprint below are updated together.
    /// </summary>
    [Fact]
    public void The_content_of_the_catalogue_belongs_to_its_version()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Catalogue with { Version = string.Empty });
        var fingerprint = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json)))[..16];

        // 466A9B92708C15D3 (2026.4): the login lives on the server; the login cookie holds a reference, and the
        // notice says when a login ends (logout, 30 minutes unused, 24 hours).
        // 2665B3024F464777 (2026.5): every text in nynorsk too, the notice's date pattern per language, and the language
        // cookie (bkk.sprak, necessary, 1 year); the necessary category mentions the language you chose.
        // 99D43E595DCAC3BE (2026.5, last in force), then (2026.6): the consumption data include their sums per day.
        // B5464113AFE0C467 (2026.6, last in force), then (2026.7): the security data include the log of customer service's
        // openings of a relationship (who, why, how long), and the customer data what was written in chats.
        // FE45D9851A1482B9 (2026.7, last in force), then (2026.8): the messages sent by text and e-mail (kept 90 days after
        // sending, a rule in days), the SMS and e-mail providers as processors, and the choices of messages in the customer data.
        // B5619D535491EA47 (2026.8, last in force), then (2026.9): the keys for sharing data with apps (hash and prefix, calls
        // per day; kept 90 days after a key ended, a rule in days).
        // 4C69ACD6D0DA5603 (2026.9, last in force), then (2026.10): the customer data name the requests about the HAN port
        // and the report of moving out with its meter reading.
        // 10E8F0C85E7E84FB (2026.10, last in force), then (2026.11): the consumption data include the readings customers take of
        // meters that do not send values, and the photos of the meter sent with them (kept 90 days after the reading, a new rule);
        // the messages include the reminders to read a meter, and the invoicing data the account for payouts with its holder.
        Assert.Equal(("2026.11", "4E5CC506692830E3"), (Catalogue.Version, fingerprint));
    }
}
