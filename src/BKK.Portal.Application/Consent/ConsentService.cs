using System.Security.Cryptography;
using System.Text;
using BKK.Portal.Domain.Privacy;
using BKK.Portal.Application.Privacy;

namespace BKK.Portal.Application.Consent;

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

    /// <summary>SHA-256 of every consent text and category description in all three languages, as shown.</summary>
    public static string TextHash(PrivacyCatalogue catalogue)
    {
        var texts = typeof(ConsentTexts).GetProperties().Select(p => (Text)p.GetValue(catalogue.Consent)!)
            .Concat(catalogue.CookieCategoryNames.OrderBy(k => k.Key).Select(k => k.Value))
            .Concat(catalogue.CookieCategoryDescriptions.OrderBy(k => k.Key).Select(k => k.Value))
            .SelectMany(t => t.All())
            .Concat(Enum.GetValues<Language>().Select(catalogue.RememberedFor));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', texts)))).ToLowerInvariant();
    }
}
