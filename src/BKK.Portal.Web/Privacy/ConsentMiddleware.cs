using System.Security.Cryptography;
using BKK.Portal.Application.Privacy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Net.Http.Headers;

namespace BKK.Portal.Web.Privacy;

/// <summary>The visitor's consent in this request, readable by pages and changeable by the settings page.</summary>
public sealed class ConsentFeature(ConsentState state)
{
    public ConsentState State { get; set; } = state;
}

public static class ConsentHttpContextExtensions
{
    public static ConsentState Consent(this HttpContext context) => context.Features.Get<ConsentFeature>()?.State ?? ConsentState.None;

    /// <summary>A new choice: this response already follows it, and the consent cookie carries it for the catalogue's lifetime.</summary>
    public static void ChangeConsent(this HttpContext context, ConsentState state, PrivacyCatalogue catalogue)
    {
        context.Features.Get<ConsentFeature>()!.State = state;
        context.AppendCataloguedCookie(catalogue, BkkPrivacyCatalogue.ConsentCookieName, context.RequestServices.GetRequiredService<ConsentCookie>().Write(state));
    }

    /// <summary>Sets one of the portal's own cookies for exactly the lifetime the catalogue gives it.</summary>
    public static void AppendCataloguedCookie(this HttpContext context, PrivacyCatalogue catalogue, string name, string value)
    {
        var lifetime = catalogue.CookieFor(name)?.Lifetime.Duration
            ?? throw new InvalidOperationException($"The cookie {name} needs a lifetime in the privacy catalogue.");
        context.Response.Cookies.Append(name, value, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax,
            Path = "/",
            Expires = DateTimeOffset.UtcNow.Add(lifetime),
        });
    }
}

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

/// <summary>
/// Cookie consent by category, from the catalogue (not the built-in one-switch CookiePolicy): reads
/// the consent cookie into <see cref="ConsentFeature"/>, and as the response starts lets through only
/// the cookies the catalogue lists in a category the visitor allowed (necessary always); a cookie
/// the catalogue does not know never leaves the server, and one of the catalogue in a category
/// without consent that the browser still holds (set by a script, or before consent was withdrawn)
/// is deleted.
/// </summary>
public sealed partial class ConsentMiddleware(RequestDelegate next, PrivacyCatalogue catalogue, ConsentCookie cookie, ILogger<ConsentMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        var feature = new ConsentFeature(cookie.Read(context.Request.Cookies[BkkPrivacyCatalogue.ConsentCookieName]));
        context.Features.Set(feature);
        context.Response.OnStarting(() =>
        {
            Filter(context, feature.State);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private void Filter(HttpContext context, ConsentState consent)
    {
        var headers = context.Response.Headers;
        var kept = new List<string>();
        foreach (var header in headers.SetCookie)
        {
            if (header is null || !SetCookieHeaderValue.TryParse(header, out var cookie))
            {
                continue;
            }

            var name = cookie.Name.Value ?? string.Empty;
            var entry = catalogue.CookieFor(name);
            if (entry is null)
            {
                LogUnknownCookie(logger, name);
                continue;
            }

            var deletes = cookie.Expires is { } expires && expires < DateTimeOffset.UtcNow;
            if (deletes || consent.Allows(entry.Category))
            {
                kept.Add(header);
            }
        }

        foreach (var name in context.Request.Cookies.Keys)
        {
            if (catalogue.CookieFor(name) is { } entry && !consent.Allows(entry.Category)
                && !kept.Exists(h => h.StartsWith(name + "=", StringComparison.Ordinal)))
            {
                kept.Add(new SetCookieHeaderValue(name, string.Empty) { Path = "/", Expires = DateTimeOffset.UnixEpoch }.ToString());
            }
        }

        headers.SetCookie = kept.ToArray();
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "A cookie not in the privacy catalogue was stopped: {CookieName}")]
    private static partial void LogUnknownCookie(ILogger logger, string cookieName);
}
