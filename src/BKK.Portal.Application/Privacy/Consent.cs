using System.Security.Cryptography;
using System.Text;
using BKK.Portal.Application.Common;
using BKK.Portal.Domain.Privacy;

namespace BKK.Portal.Application.Privacy;

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

/// <summary>Records each consent choice server-side and makes the state the consent cookie carries.</summary>
public sealed class ConsentService(IPortalDbContext db, PrivacyCatalogue catalogue, TimeProvider clock)
{
    public static IReadOnlyList<CookieCategory> Optional { get; } = [CookieCategory.Functional, CookieCategory.Statistics, CookieCategory.Marketing];

    public async Task<ConsentState> RecordAsync(ConsentState previous, string choice, IEnumerable<CookieCategory> allowed, CancellationToken cancellationToken)
    {
        var categories = allowed.Where(c => c != CookieCategory.Necessary).ToHashSet();
        var consentId = previous.ConsentId ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        db.ConsentRecords.Add(new ConsentRecord(
            consentId, clock.GetUtcNow(), catalogue.Version, choice, categories.Select(c => c.ToString().ToLowerInvariant()), TextHash(catalogue)));
        await db.SaveChangesAsync(cancellationToken);
        return new ConsentState(consentId, catalogue.Version, categories);
    }

    /// <summary>SHA-256 of every consent text and category description in both languages, as shown.</summary>
    public static string TextHash(PrivacyCatalogue catalogue)
    {
        var texts = typeof(ConsentTexts).GetProperties().Select(p => (Text)p.GetValue(catalogue.Consent)!)
            .Concat(catalogue.CookieCategoryNames.OrderBy(k => k.Key).Select(k => k.Value))
            .Concat(catalogue.CookieCategoryDescriptions.OrderBy(k => k.Key).Select(k => k.Value))
            .SelectMany(t => new[] { t.Nb, t.En })
            .Concat([catalogue.RememberedFor(Language.Norwegian), catalogue.RememberedFor(Language.English)]);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', texts)))).ToLowerInvariant();
    }
}
