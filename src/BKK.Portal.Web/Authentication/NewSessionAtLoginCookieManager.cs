using Microsoft.AspNetCore.Authentication.Cookies;

namespace BKK.Portal.Web.Authentication;

/// <summary>
/// The login cookie's manager: on the OpenID Connect callback (where a login is signed in) the browser's login
/// cookie is not read, so a new login always gets a new session. Otherwise the cookie handler would renew the
/// session the request already carried, and a cookie planted by someone else (for example on a sibling domain,
/// with the callback's path) would receive the victim's login: session fixation.
/// </summary>
public sealed class NewSessionAtLoginCookieManager(PathString callbackPath) : ICookieManager
{
    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) =>
        context.Request.Path.Equals(callbackPath, StringComparison.OrdinalIgnoreCase) ? null : _inner.GetRequestCookie(context, key);

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        _inner.AppendResponseCookie(context, key, value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options) => _inner.DeleteCookie(context, key, options);
}
