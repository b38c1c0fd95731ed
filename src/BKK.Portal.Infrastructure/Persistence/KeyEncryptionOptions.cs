using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;

namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>
/// The <c>DataProtection</c> section: the certificate that encrypts the Data Protection keys kept in the
/// database, so that reading the database is not enough to forge a login or a form token. Required in
/// Production; the rotation is in docs/operations.md.
/// </summary>
public sealed class KeyEncryptionOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with the certificate and its private key (a secret file in production).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>A file holding the PFX password (trailing line break ignored); none for a PFX without one.</summary>
    public string? CertificatePasswordFile { get; set; }

    /// <summary>The certificate before the last rotation: keys it encrypted can still be read.</summary>
    public string? PreviousCertificatePath { get; set; }

    public string? PreviousCertificatePasswordFile { get; set; }

    /// <summary>Whether the keys are encrypted at all (a certificate is configured).</summary>
    public bool EncryptsKeys => !string.IsNullOrWhiteSpace(CertificatePath);

    /// <summary>Encrypts new keys with the certificate and reads keys of it and of the previous one; refuses to go on without one where required.</summary>
    public static void Apply(IDataProtectionBuilder builder, IConfiguration configuration, bool required)
    {
        var options = configuration.GetSection(SectionName).Get<KeyEncryptionOptions>() ?? new KeyEncryptionOptions();
        if (!options.EncryptsKeys)
        {
            if (required)
            {
                throw new InvalidOperationException(
                    "DataProtection:CertificatePath is not set: in Production the Data Protection keys in the database are encrypted with a certificate (a .pfx from a secret file, its password in DataProtection:CertificatePasswordFile). See docs/operations.md.");
            }

            return;
        }

        var current = Load(options.CertificatePath!, options.CertificatePasswordFile);
        var readable = new List<X509Certificate2> { current };
        if (!string.IsNullOrWhiteSpace(options.PreviousCertificatePath))
        {
            readable.Add(Load(options.PreviousCertificatePath, options.PreviousCertificatePasswordFile));
        }

        // The resolver of the certificate store does not find a certificate loaded from a file on Linux: name them for reading too.
        builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate([.. readable]);
    }

    private static X509Certificate2 Load(string path, string? passwordFile)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The Data Protection key certificate {path} does not exist.");
        }

        var password = passwordFile is { Length: > 0 } ? SecretFile.Read(passwordFile) : null;
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"The Data Protection key certificate {path} has no private key: the keys could not be read back.");
        }

        return certificate;
    }
}
