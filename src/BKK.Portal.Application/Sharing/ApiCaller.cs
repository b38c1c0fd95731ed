using BKK.Portal.Application.Access;

namespace BKK.Portal.Application.Sharing;

/// <summary>
/// A call made with a valid token: the relationship as the token's maker may see it, and what the token covers. Only
/// <see cref="ApiTokenAuthenticator"/> makes one.
/// </summary>
public sealed class ApiCaller
{
    internal ApiCaller(int tokenId, AuthorizedRelationship relationship, ApiScopes scopes, IReadOnlySet<int> meteringPointKeys)
    {
        TokenId = tokenId;
        Relationship = relationship;
        Scopes = scopes;
        MeteringPointKeys = meteringPointKeys;
    }

    public int TokenId { get; }

    public AuthorizedRelationship Relationship { get; }

    public ApiScopes Scopes { get; }

    /// <summary>The token's metering points that are still the relationship's.</summary>
    public IReadOnlySet<int> MeteringPointKeys { get; }

    public bool Allows(ApiScopes scope) => (Scopes & scope) == scope;
}
