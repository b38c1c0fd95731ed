using System.Linq.Expressions;

namespace BKK.Portal.Domain.Sharing;

/// <summary>
/// A token a customer made on Deling av data for an app or an installer to read their own data through the API
/// (docs/decisions/0029-api-tokens-for-the-customers-own-data.md). The token itself is shown once and never stored:
/// only its SHA-256 and the short prefix that lets the owner recognise it. It rests on the grant of the person who
/// made it: it stops when it expires, is taken back, or that grant or the relationship ends.
/// </summary>
public sealed class ApiToken
{
    public const int MaxNameLength = 60;

    /// <summary>The longest a token may live.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    private readonly List<ApiTokenMeteringPoint> _meteringPoints = [];

    private ApiToken()
    {
        Name = string.Empty;
        Prefix = string.Empty;
        Hash = [];
    }

    public ApiToken(int customerRelationshipId, int createdByPersonId, string name, string prefix, byte[] hash, ApiScopes scopes, IEnumerable<int> meteringPointKeys, DateTime createdUtc, DateTime expiresUtc)
    {
        if (expiresUtc <= createdUtc || expiresUtc - createdUtc > MaxLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(expiresUtc), "A token lives from a moment to at most a year.");
        }

        if (scopes == ApiScopes.None || (scopes & ~ApiScopes.All) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scopes));
        }

        CustomerRelationshipId = customerRelationshipId;
        CreatedByPersonId = createdByPersonId;
        Name = name;
        Prefix = prefix;
        Hash = hash;
        Scopes = scopes;
        CreatedUtc = createdUtc;
        ExpiresUtc = expiresUtc;
        _meteringPoints.AddRange(meteringPointKeys.Distinct().Select(k => new ApiTokenMeteringPoint(k)));
        if (_meteringPoints.Count == 0)
        {
            throw new ArgumentException("A token covers at least one metering point.", nameof(meteringPointKeys));
        }
    }

    public int Id { get; private set; }

    public int CustomerRelationshipId { get; private set; }

    /// <summary>The person whose grant the token rests on.</summary>
    public int CreatedByPersonId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The token's first characters, shown in the list so the owner knows which is which; not enough to use it.</summary>
    public string Prefix { get; private set; }

    /// <summary>SHA-256 of the whole token.</summary>
    public byte[] Hash { get; private set; }

    public ApiScopes Scopes { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime ExpiresUtc { get; private set; }

    public DateTime? RevokedUtc { get; private set; }

    public DateTime? LastUsedUtc { get; private set; }

    public IReadOnlyList<ApiTokenMeteringPoint> MeteringPoints => _meteringPoints;

    public void Revoke(DateTime nowUtc) => RevokedUtc ??= nowUtc;

    /// <summary>The tokens that stopped (taken back, or expired, whichever came first) before <paramref name="utc"/>, as a query the database runs (the retention job deletes them).</summary>
    public static Expression<Func<ApiToken, bool>> EndedBefore(DateTime utc) =>
        t => (t.RevokedUtc != null && t.RevokedUtc < t.ExpiresUtc ? t.RevokedUtc.Value : t.ExpiresUtc) < utc;
}
