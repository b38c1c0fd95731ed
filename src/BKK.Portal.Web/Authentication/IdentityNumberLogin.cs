using System.Security.Claims;
using BKK.Portal.Application.Customers;

namespace BKK.Portal.Web.Authentication;

/// <summary>
/// Who logged in, in the portal's own terms. ID-porten gives each client its own <c>sub</c> for a
/// person, unknown before their first login, and the national identity number in <c>pid</c>; the
/// portal knows its customers by identity number. So when the token has a <c>pid</c>, the person is
/// found by it and the login cookie carries the portal's subject of that person (the provider's
/// own <c>sub</c> is kept as <c>idp_sub</c>); the identity number is not a claim of the login (the
/// id_token the cookie keeps encrypted for the provider's logout holds it, nothing else does).
/// A token without <c>pid</c> (the development provider, Entra ID) is used as it is.
/// </summary>
public static class IdentityNumberLogin
{
    public const string IdentityNumberClaim = "pid";

    public const string ProviderSubjectClaim = "idp_sub";

    /// <returns>The principal to sign in; null when the identity number belongs to nobody here.</returns>
    public static async Task<ClaimsPrincipal?> MapAsync(ClaimsPrincipal principal, PersonQuery people, bool allowSynthetic, CancellationToken cancellationToken)
    {
        if (principal.FindFirstValue(IdentityNumberClaim) is not { } identityNumber)
        {
            return principal;
        }

        if (await people.SubjectByIdentityNumberAsync(identityNumber, allowSynthetic, cancellationToken) is not { } subject)
        {
            return null;
        }

        var claims = principal.Claims.Where(c => c.Type is not ("sub" or IdentityNumberClaim)).ToList();
        claims.Add(new Claim("sub", subject));
        if (principal.FindFirstValue("sub") is { } providerSubject)
        {
            claims.Add(new Claim(ProviderSubjectClaim, providerSubject));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, principal.Identity?.AuthenticationType, "name", "role"));
    }

    /// <summary>Whether the token's level of assurance (<c>acr</c>) is one the settings accept; any when none are set.</summary>
    public static bool AcceptsLevel(ClaimsPrincipal principal, string? acrValues) =>
        string.IsNullOrWhiteSpace(acrValues)
        || acrValues.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(principal.FindFirstValue("acr"), StringComparer.Ordinal);
}
