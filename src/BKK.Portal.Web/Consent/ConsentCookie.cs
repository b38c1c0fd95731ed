using System.Security.Cryptography;
using BKK.Portal.Application.Consent;
using Microsoft.AspNetCore.DataProtection;

namespace BKK.Portal.Web.Consent;

/// <summary>
/// The consent cookie's value, protected with the portal's Data Protection keys: the consent id in it ties the
/// visitor to their consent records (and Mine data), so a value the portal did not write, or another
/// visitor's id typed in by hand, counts as no consent at all.
/// </summary>
public sealed class ConsentCookie(IDataProtectionProvider protection, PrivacyCatalogue catalogue)
{
    private readonly IDataProtector _protector = protection.CreateProtector("BKK.Portal.Consent.v1");

    public string Write(ConsentState state) => _protector.Protect(state.ToCookieValue());

    public ConsentState Read(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return ConsentState.None;
        }

        try
        {
            return ConsentState.Parse(_protector.Unprotect(value), catalogue.Version);
        }
        catch (Exception e) when (e is CryptographicException or FormatException || Infrastructure.Persistence.DatabaseOutage.Is(e))
        {
            return ConsentState.None; // tampered, forged, from a key that is gone, or the key ring cannot be read now
        }
    }
}
