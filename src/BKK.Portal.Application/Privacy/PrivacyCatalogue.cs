using BKK.Portal.Application.Consent;
namespace BKK.Portal.Application.Privacy;

/// <summary>
/// The privacy notice and the system's promises in one place: the notice page is rendered from it,
/// the consent middleware lets through only the cookies it lists, and deletion follows its retention
/// rules. <see cref="Version"/> goes into every consent, so a new version asks the visitor again.
/// </summary>
public sealed record PrivacyCatalogue(
    string Version,
    DateOnly Date,
    NoticeHeadings Headings,
    ConsentTexts Consent,
    Controller Controller,
    Text Introduction,
    IReadOnlyList<DataCategory> DataCategories,
    IReadOnlyList<RetentionRule> RetentionRules,
    IReadOnlyList<Text> Sources,
    IReadOnlyList<Processor> Processors,
    IReadOnlyList<Text> DisclosureGrounds,
    IReadOnlyList<Text> Protection,
    IReadOnlyList<Text> Rights,
    Text Complaint,
    IReadOnlyList<CookieEntry> Cookies,
    IReadOnlyDictionary<CookieCategory, Text> CookieCategoryNames,
    IReadOnlyDictionary<CookieCategory, Text> CookieCategoryDescriptions)
{
    public CookieEntry? CookieFor(string cookieName) => Cookies.FirstOrDefault(c => c.Matches(cookieName));

    public RetentionRule RetentionFor(DataCategory category) => RetentionRules.Single(r => r.Key == category.RetentionKey);

    public DataCategory Category(string key) => DataCategories.Single(c => c.Key == key);

    /// <summary>The retention rule of the data category with this key ("consumption" …).</summary>
    public RetentionRule RetentionFor(string categoryKey) => RetentionFor(Category(categoryKey));

    /// <summary>"Vi husker valget ditt i 7 dager.": the consent cookie's lifetime, as the banner says it in that language.</summary>
    public string RememberedFor(Language language) =>
        Consent.RememberedFor.In(language).Replace("{0}", CookieFor(BkkPrivacyCatalogue.ConsentCookieName)!.Lifetime.Display.In(language), StringComparison.Ordinal);

    /// <summary>Throws with every problem listed when the catalogue cannot be kept (the portal then does not start).</summary>
    public PrivacyCatalogue EnsureValid()
    {
        var problems = Problems();
        return problems.Count == 0
            ? this
            : throw new InvalidOperationException($"The privacy catalogue {Version} cannot be used: " + string.Join(" ", problems));
    }

    /// <summary>
    /// Refuses a catalogue the system cannot keep: a cookie without a lifetime, a category without a
    /// retention rule, a text missing in one of the three languages (bokmål, nynorsk, English). Called at start;
    /// the portal does not start with a broken one.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Version))
        {
            problems.Add("The catalogue has no version.");
        }

        foreach (var cookie in Cookies)
        {
            if (cookie.Lifetime is null || (!cookie.Lifetime.Session && cookie.Lifetime.Duration is not { Ticks: > 0 }))
            {
                problems.Add($"The cookie '{cookie.Name}' has no lifetime.");
            }

            if (!CookieCategoryNames.ContainsKey(cookie.Category))
            {
                problems.Add($"The cookie '{cookie.Name}' is in category {cookie.Category}, which has no name in the notice.");
            }

            problems.AddRange(Missing($"cookie '{cookie.Name}'", cookie.Theme, cookie.Data, cookie.Purpose, cookie.Lifetime?.Display));
        }

        foreach (var category in Enum.GetValues<CookieCategory>())
        {
            if (!CookieCategoryNames.ContainsKey(category) || !CookieCategoryDescriptions.ContainsKey(category))
            {
                problems.Add($"The cookie category {category} needs a name and a description in the notice.");
            }
        }

        foreach (var duplicate in RetentionRules.GroupBy(r => r.Key).Where(g => g.Count() > 1))
        {
            problems.Add($"The retention rule '{duplicate.Key}' is listed more than once.");
        }

        if (Consent?.RememberedFor is { } rememberedFor && rememberedFor.All().Any(t => t is null || !t.Contains("{0}", StringComparison.Ordinal)))
        {
            problems.Add("The consent text 'RememberedFor' must hold {0} for the consent cookie's lifetime.");
        }

        foreach (var duplicate in Cookies.GroupBy(c => c.Name).Where(g => g.Count() > 1))
        {
            problems.Add($"The cookie '{duplicate.Key}' is listed more than once.");
        }

        foreach (var category in DataCategories)
        {
            if (RetentionRules.All(r => r.Key != category.RetentionKey))
            {
                problems.Add($"The data category '{category.Key}' has no retention rule ('{category.RetentionKey}' is not in the catalogue).");
            }

            problems.AddRange(Missing($"data category '{category.Key}'", category.Name, category.Holds, category.Purpose, category.LegalBasis));
        }

        problems.AddRange(typeof(NoticeHeadings).GetProperties().SelectMany(p => Missing($"heading '{p.Name}'", (Text?)p.GetValue(Headings))));
        problems.AddRange(typeof(ConsentTexts).GetProperties().SelectMany(p => Missing($"consent text '{p.Name}'", (Text?)p.GetValue(Consent))));
        if (CookieFor(BkkPrivacyCatalogue.ConsentCookieName) is not { Lifetime.Duration: { Ticks: > 0 } })
        {
            problems.Add($"The consent cookie '{BkkPrivacyCatalogue.ConsentCookieName}' needs a lifetime as a duration.");
        }
        problems.AddRange(Missing("introduction", Introduction));
        problems.AddRange(Missing("complaint", Complaint));
        problems.AddRange(Sources.SelectMany((t, i) => Missing($"source {i + 1}", t)));
        problems.AddRange(Processors.SelectMany((p, i) => Missing($"processor {i + 1}", p.Name, p.Task)));
        problems.AddRange(DisclosureGrounds.SelectMany((t, i) => Missing($"disclosure ground {i + 1}", t)));
        problems.AddRange(Protection.SelectMany((t, i) => Missing($"protection measure {i + 1}", t)));
        problems.AddRange(Rights.SelectMany((t, i) => Missing($"right {i + 1}", t)));
        problems.AddRange(CookieCategoryNames.SelectMany(k => Missing($"name of the cookie category {k.Key}", k.Value)));
        problems.AddRange(CookieCategoryDescriptions.SelectMany(k => Missing($"description of the cookie category {k.Key}", k.Value)));
        problems.AddRange(RetentionRules.SelectMany(r => Missing($"retention rule '{r.Key}'", r.Template)));
        problems.AddRange(RetentionRules
            .Where(r => r.YearsAfterRelationshipEnds is not null && r.Template is not null && !r.Template.All().All(t => t is not null && t.Contains("{0}", StringComparison.Ordinal)))
            .Select(r => $"The retention rule '{r.Key}' keeps data for years, but its text has no {{0}} for them: the notice could promise another number than the one kept."));
        return problems;
    }

    /// <summary>One problem per language a text of <paramref name="what"/> lacks: "The complaint lacks a text in nynorsk."</summary>
    private static IEnumerable<string> Missing(string what, params Text?[] texts) =>
        new[] { (Language.Bokmal, "bokmål"), (Language.Nynorsk, "nynorsk"), (Language.English, "English") }
            .Where(language => texts.Any(t => t is null || string.IsNullOrWhiteSpace(t.In(language.Item1))))
            .Select(language => $"The {what} lacks a text in {language.Item2}.");
}
