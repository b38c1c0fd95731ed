using System.Globalization;

namespace BKK.Portal.Domain.Common;

/// <summary>
/// The cultures behind the three languages, and how a language tag maps to one: nn is nynorsk, nb and no
/// are bokmål, en is English; any other tag is none of ours. English pages use British English formats
/// (25 November 2026), the Norwegian ones nb-NO and nn-NO.
/// </summary>
public static class Languages
{
    public static CultureInfo Bokmal { get; } = CultureInfo.GetCultureInfo("nb-NO");

    public static CultureInfo Nynorsk { get; } = CultureInfo.GetCultureInfo("nn-NO");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<CultureInfo> Cultures { get; } = [Bokmal, Nynorsk, English];

    /// <summary>The language of the current request (its UI culture).</summary>
    public static Language Current => Of(CultureInfo.CurrentUICulture);

    public static Language Of(CultureInfo culture) => FromTag(culture.Name) ?? Language.Bokmal;

    public static CultureInfo CultureOf(Language language) => language switch
    {
        Language.Nynorsk => Nynorsk,
        Language.English => English,
        _ => Bokmal,
    };

    /// <summary>The tag for <c>&lt;html lang&gt;</c>, the language cookie and links: nb, nn or en.</summary>
    public static string Tag(Language language) => language switch
    {
        Language.Nynorsk => "nn",
        Language.English => "en",
        _ => "nb",
    };

    /// <summary>The language of a tag by its primary subtag ("nn-NO" is nynorsk, "no" bokmål, "en-US" English), or null.</summary>
    public static Language? FromTag(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "nn" => Language.Nynorsk,
            "nb" or "no" => Language.Bokmal,
            "en" => Language.English,
            _ => null,
        };
    }
}
