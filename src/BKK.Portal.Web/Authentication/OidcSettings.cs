namespace BKK.Portal.Web.Authentication;

/// <summary>The <c>Authentication:Oidc</c> section.</summary>
public sealed class OidcSettings
{
    public const string SectionName = "Authentication:Oidc";

    /// <summary>The provider's issuer URL. Empty: the development provider is mounted under /dev-idp.</summary>
    public string? Authority { get; set; }

    public string ClientId { get; set; } = "bkk-portal";

    /// <summary>For a confidential client; comes from a secret store, never from the repository.</summary>
    public string? ClientSecret { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// The levels of assurance to ask for and accept, space separated (ID-porten:
    /// "idporten-loa-substantial idporten-loa-high"); empty asks for none and checks none.
    /// </summary>
    public string? AcrValues { get; set; }

    /// <summary>Refuse a login whose id_token has no national identity number (<c>pid</c>): true with ID-porten.</summary>
    public bool RequireIdentityNumber { get; set; }

    public bool UsesEmbeddedDevIdentity => string.IsNullOrWhiteSpace(Authority);

    /// <summary>Outside Development a portal without an authority refuses to start, unless the development provider is asked for by name.</summary>
    public void EnsureProviderFor(string environmentName, bool developmentProviderAllowed)
    {
        if (UsesEmbeddedDevIdentity && !developmentProviderAllowed)
        {
            throw new InvalidOperationException(
                $"Authentication:Oidc:Authority is not set, and the environment is {environmentName}: the development identity provider with its synthetic users runs only in Development, or with {DevIdentity.DevIdentityOptions.SectionName}:{nameof(DevIdentity.DevIdentityOptions.Enabled)}=true in a test environment. Configure the company's OpenID Connect provider.");
        }
    }

    /// <summary>Refuses settings that must never reach production.</summary>
    public void EnsureFitForProduction()
    {
        if (UsesEmbeddedDevIdentity)
        {
            throw new InvalidOperationException(
                "Authentication:Oidc:Authority is not set: the development identity provider cannot run in Production. Configure the company's OpenID Connect provider.");
        }

        if (!Authority!.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || !RequireHttpsMetadata)
        {
            throw new InvalidOperationException(
                "Authentication:Oidc:Authority must be an https:// URL with HTTPS metadata in Production.");
        }
    }
}
