using BKK.Portal.Application.Consent;
using Microsoft.Net.Http.Headers;

namespace BKK.Portal.Web.Consent;

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
