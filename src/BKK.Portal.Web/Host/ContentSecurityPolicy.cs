using System.Security.Cryptography;
using BKK.Portal.Web.Consent;

namespace BKK.Portal.Web.Host;

/// <summary>
/// A strict Content-Security-Policy on every response, with a nonce per request for the scripts the
/// server itself emits, and the third-party hosts added only for the categories the visitor allowed:
/// Google Analytics with statistics consent, youtube-nocookie with marketing consent.
/// </summary>
public static class ContentSecurityPolicy
{
    private const string NonceKey = "csp-nonce";

    public static string Nonce(this HttpContext context)
    {
        if (context.Items[NonceKey] is not string nonce)
        {
            nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceKey] = nonce;
        }

        return nonce;
    }

    /// <summary>
    /// The policy of this response. form-action stays 'self': logout reaches the provider by a page that
    /// navigates there (Pages/Account/Logout.cshtml), since Chromium applies form-action to every step of a
    /// form's redirects and a provider's end-session endpoint may be on any origin.
    /// </summary>
    public static string For(HttpContext context, bool analytics)
    {
        var consent = context.Consent();
        var statistics = analytics && consent.Allows(CookieCategory.Statistics);
        var marketing = consent.Allows(CookieCategory.Marketing);
        var google = statistics ? " https://www.googletagmanager.com https://*.google-analytics.com https://*.analytics.google.com" : string.Empty;
        // The development login page has its own small stylesheet inline; it never runs in production.
        var devStyle = context.Request.PathBase.Add(context.Request.Path).StartsWithSegments("/dev-idp") ? " 'unsafe-inline'" : string.Empty;
        return string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' 'nonce-{context.Nonce()}'{(statistics ? " https://www.googletagmanager.com" : string.Empty)}",
            $"style-src 'self'{devStyle}",
            $"img-src 'self' data:{google}",
            $"connect-src 'self'{google}",
            $"frame-src {(marketing ? "https://www.youtube-nocookie.com" : "'none'")}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }
}
