using BKK.Portal.Web.Consent;

namespace BKK.Portal.Web.Shell;

/// <summary>
/// Remembers the language a visitor chose with the switcher in the header (nb, nn or en) for as long as the privacy
/// catalogue says. It is set only by that explicit choice, never from the browser's languages (ADR 0022 on why it
/// needs no consent).
/// </summary>
public static class LanguageCookie
{
    public const string Name = BkkPrivacyCatalogue.LanguageCookieName;

    public static Language? Read(HttpRequest request) => Languages.FromTag(request.Cookies[Name]);

    public static void Write(HttpContext context, Language language) =>
        context.AppendCataloguedCookie(context.RequestServices.GetRequiredService<PrivacyCatalogue>(), Name, Languages.Tag(language));
}
