using BKK.Portal.Application.Privacy;
namespace BKK.Portal.Application.Consent;

/// <summary>
/// The visitor's consent in this request: which categories beyond the necessary ones they allowed,
/// under which catalogue version. A consent given under another version counts as not given.
/// </summary>
public sealed record ConsentState(string? ConsentId, string? Version, IReadOnlySet<CookieCategory> Allowed)
{
    public static ConsentState None { get; } = new(null, null, new HashSet<CookieCategory>());

    public bool HasChosen => ConsentId is not null;

    public bool Allows(CookieCategory category) => category == CookieCategory.Necessary || Allowed.Contains(category);

    /// <summary>The consent cookie's value: "id.version.functional+statistics" (no personal data).</summary>
    public string ToCookieValue() =>
        $"{ConsentId}.{Version}.{string.Join('+', Allowed.Order().Select(c => c.ToString().ToLowerInvariant()))}";

    /// <summary>Reads the consent cookie; anything malformed, or of another catalogue version, is no consent.</summary>
    public static ConsentState Parse(string? cookie, string currentVersion)
    {
        if (string.IsNullOrEmpty(cookie))
        {
            return None;
        }

        var first = cookie.IndexOf('.', StringComparison.Ordinal);
        var last = cookie.LastIndexOf('.');
        if (first <= 0 || last <= first)
        {
            return None;
        }

        var id = cookie[..first];
        var version = cookie[(first + 1)..last];
        if (version != currentVersion || id.Length != 32 || !id.All(char.IsAsciiHexDigitLower))
        {
            return None;
        }

        var allowed = new HashSet<CookieCategory>();
        foreach (var word in cookie[(last + 1)..].Split('+', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<CookieCategory>(word, ignoreCase: true, out var category) || !Enum.IsDefined(category) || category == CookieCategory.Necessary)
            {
                return None;
            }

            allowed.Add(category);
        }

        return new ConsentState(id, version, allowed);
    }
}
