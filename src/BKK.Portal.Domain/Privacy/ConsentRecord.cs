namespace BKK.Portal.Domain.Privacy;

/// <summary>
/// Proof of one consent choice (GDPR Art. 7(1)): the random consent id the visitor's consent cookie
/// holds, when, under which catalogue version, which categories, and a hash of the banner text
/// shown. No IP address, no login: the id ties it to the browser that chose.
/// </summary>
public sealed class ConsentRecord
{
    private ConsentRecord()
    {
        ConsentId = string.Empty;
        CatalogueVersion = string.Empty;
        Categories = string.Empty;
        TextHash = string.Empty;
        Choice = string.Empty;
    }

    public ConsentRecord(string consentId, DateTimeOffset at, string catalogueVersion, string choice, IEnumerable<string> categories, string textHash)
    {
        ConsentId = consentId;
        AtUtc = at.UtcDateTime;
        CatalogueVersion = catalogueVersion;
        Choice = choice;
        Categories = string.Join(',', categories.Order(StringComparer.Ordinal));
        TextHash = textHash;
    }

    public long Id { get; private set; }

    public string ConsentId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string CatalogueVersion { get; private set; }

    /// <summary>What was pressed: all, necessary, custom.</summary>
    public string Choice { get; private set; }

    /// <summary>The categories allowed beyond the necessary ones, comma separated ("functional,statistics").</summary>
    public string Categories { get; private set; }

    /// <summary>SHA-256 (hex) of the consent texts the visitor was shown.</summary>
    public string TextHash { get; private set; }
}
