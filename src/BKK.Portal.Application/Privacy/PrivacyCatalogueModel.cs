namespace BKK.Portal.Application.Privacy;

public enum Language
{
    Norwegian,
    English,
}

/// <summary>A text of the privacy notice in bokmål and English.</summary>
public sealed record Text(string Nb, string En)
{
    public string In(Language language) => language == Language.English ? En : Nb;
}

public enum CookieCategory
{
    Necessary = 1,
    Functional = 2,
    Statistics = 3,
    Marketing = 4,
}

/// <summary>How long a cookie lives: a duration, or the browser session; and how the notice says it.</summary>
public sealed record CookieLifetime(TimeSpan? Duration, bool Session, Text Display)
{
    public static CookieLifetime For(TimeSpan duration, Text display) => new(duration, false, display);

    public static CookieLifetime BrowserSession { get; } = new(null, true, new Text("Til nettleseren lukkes", "Until the browser is closed"));
}

/// <summary>
/// A cookie the site may set: its name (or the start of its name when <see cref="IsPrefix"/>), category,
/// who sets it, the notice's theme, the data it holds, what it is used for, and its lifetime.
/// </summary>
public sealed record CookieEntry(
    string Name,
    bool IsPrefix,
    CookieCategory Category,
    bool FirstParty,
    string Provider,
    Text Theme,
    Text Data,
    Text Purpose,
    CookieLifetime Lifetime,
    bool DevelopmentOnly = false)
{
    /// <summary>
    /// The name, or a name starting with the prefix; and a large cookie's chunks, which ASP.NET Core
    /// names by appending C1, C2 … ("bkk.portal.authC1").
    /// </summary>
    public bool Matches(string cookieName)
    {
        if (IsPrefix ? cookieName.StartsWith(Name, StringComparison.Ordinal) : string.Equals(cookieName, Name, StringComparison.Ordinal))
        {
            return true;
        }

        return !IsPrefix && cookieName.Length > Name.Length + 1 && cookieName.StartsWith(Name + "C", StringComparison.Ordinal)
            && cookieName[(Name.Length + 1)..].All(char.IsAsciiDigit);
    }
}

/// <summary>
/// How long data is kept: while a customer, then a number of whole years for a law (or deleted
/// continuously when null). The notice's sentence is a template with {0} for the years, so the
/// number the notice promises is the number the retention job uses.
/// </summary>
public sealed record RetentionRule(string Key, Text Template, int? YearsAfterRelationshipEnds)
{
    /// <summary>The sentence of the notice, with the years filled in.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Text Description => YearsAfterRelationshipEnds is { } years
        ? new Text(Fill(Template.Nb, years), Fill(Template.En, years))
        : Template;

    private static string Fill(string template, int years) =>
        template.Replace("{0}", years.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

/// <summary>A category of personal data in the notice, with what it holds, why, and the retention rule it follows.</summary>
public sealed record DataCategory(string Key, Text Name, Text Holds, Text Purpose, Text LegalBasis, string RetentionKey);

public sealed record Processor(Text Name, Text Task);

/// <summary>The headings and labels of the notice page: part of the notice, so part of the catalogue.</summary>
public sealed record NoticeHeadings(
    Text Title,
    Text VersionLabel,
    Text Controller,
    Text DataProtectionOfficer,
    Text DataCategories,
    Text Purpose,
    Text LegalBasis,
    Text Retention,
    Text Sources,
    Text Processors,
    Text Disclosure,
    Text Protection,
    Text Cookies,
    Text CookieTheme,
    Text CookieData,
    Text CookieUse,
    Text CookieLifetime,
    Text CookieCategory,
    Text CookieProvider,
    Text Rights,
    Text Complaint);

/// <summary>The texts of the cookie banner and settings page: what the visitor agrees to, so part of the catalogue.</summary>
public sealed record ConsentTexts(
    Text BannerTitle,
    Text BannerBody,
    Text RememberedFor,
    Text AcceptAll,
    Text NecessaryOnly,
    Text Choose,
    Text SettingsTitle,
    Text SettingsIntro,
    Text Save,
    Text AlwaysOn,
    Text Saved,
    Text CurrentChoice,
    Text NotChosen);

public sealed record Controller(string Name, string OrganisationNumber, string Address, string Email, string Phone, string DataProtectionOfficerEmail);

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

    /// <summary>"Vi husker valget ditt i 7 dager.": the consent cookie's lifetime, as the banner says it.</summary>
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
    /// retention rule, a text missing in one language. Called at start; the portal does not start with a broken one.
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

        if (Consent is not null && (!Consent.RememberedFor.Nb.Contains("{0}", StringComparison.Ordinal) || !Consent.RememberedFor.En.Contains("{0}", StringComparison.Ordinal)))
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
        problems.AddRange(RetentionRules.SelectMany(r => Missing($"retention rule '{r.Key}'", r.Template)));
        problems.AddRange(RetentionRules
            .Where(r => r.YearsAfterRelationshipEnds is not null && !(r.Template.Nb.Contains("{0}", StringComparison.Ordinal) && r.Template.En.Contains("{0}", StringComparison.Ordinal)))
            .Select(r => $"The retention rule '{r.Key}' keeps data for years, but its text has no {{0}} for them: the notice could promise another number than the one kept."));
        return problems;
    }

    private static IEnumerable<string> Missing(string what, params Text?[] texts) =>
        texts.Any(t => t is null || string.IsNullOrWhiteSpace(t.Nb) || string.IsNullOrWhiteSpace(t.En))
            ? [$"The {what} lacks a text in bokmål or English."]
            : [];
}
