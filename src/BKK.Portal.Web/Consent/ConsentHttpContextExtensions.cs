using BKK.Portal.Application.Consent;

namespace BKK.Portal.Web.Consent;

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
