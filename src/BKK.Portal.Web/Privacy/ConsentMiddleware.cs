using BKK.Portal.Application.Privacy;
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
        context.AppendCataloguedCookie(catalogue, BkkPrivacyCatalogue.ConsentCookieName, state.ToCookieValue());
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
/// Cookie consent by category, from the catalogue (not the built-in one-switch CookiePolicy): reads
/// the consent cookie into <see cref="ConsentFeature"/>, and as the response starts lets through only
/// the cookies the catalogue lists in a category the visitor allowed (necessary always); a cookie
/// the catalogue does not know never leaves the server, and one of the catalogue in a category
/// without consent that the browser still holds (set by a script, or before consent was withdrawn)
/// is deleted.
/// </summary>
public sealed partial class ConsentMiddleware(RequestDelegate next, PrivacyCatalogue catalogue, ILogger<ConsentMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        var feature = new ConsentFeature(ConsentState.Parse(context.Request.Cookies[BkkPrivacyCatalogue.ConsentCookieName], catalogue.Version));
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
