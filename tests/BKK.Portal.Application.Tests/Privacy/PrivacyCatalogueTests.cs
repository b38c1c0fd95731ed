using BKK.Portal.Application.Privacy;
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
        Assert.Equal(TimeSpan.FromDays(730), Catalogue.CookieFor("_ga")!.Lifetime.Duration);
        Assert.True(Catalogue.CookieFor("VISITOR_INFO1_LIVE")!.Lifetime.Duration < TimeSpan.FromDays(730));
        Assert.Equal(
            ["personal", "customer", "consumption", "invoicing", "claims", "security", "technical", "electronic"],
            Catalogue.DataCategories.Select(c => c.Key));
        Assert.Equal([5, 10, null], Catalogue.RetentionRules.Select(r => r.YearsAfterRelationshipEnds));
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
    }

    [Fact]
    public void A_rule_whose_text_would_not_show_its_years_is_refused()
    {
        var broken = Catalogue with
        {
            RetentionRules = [.. Catalogue.RetentionRules.Select(r => r.YearsAfterRelationshipEnds == 10 ? r with { Template = new Text("Inntil 10 år.", "Up to {0} years.") } : r)],
        };

        Assert.Contains(broken.Problems(), p => p.StartsWith("The retention rule 'limitation-10-years' keeps data for years, but its text has no {0}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_missing_in_english_is_refused()
    {
        var broken = Catalogue with { Complaint = new Text("Klag til Datatilsynet.", " ") };

        Assert.Contains("The complaint lacks a text in bokmål or English.", broken.Problems());
    }

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
        Assert.Equal(("2026.4", "466A9B92708C15D3"), (Catalogue.Version, fingerprint));
    }
}
