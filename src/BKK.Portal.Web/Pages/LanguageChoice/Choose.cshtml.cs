using BKK.Portal.Web.Authentication;

namespace BKK.Portal.Web.Pages.LanguageChoice;

/// <summary>The language switcher in the header posts here: the choice is remembered and the person stays on the page.</summary>
[AllowAnonymous]
public sealed class ChooseModel : PageModel
{
    public IActionResult OnPost(string? sprak, string? tilbake)
    {
        if (Languages.FromTag(sprak) is not { } language || sprak!.Length > 5)
        {
            return BadRequest();
        }

        LanguageCookie.Write(HttpContext, language);
        return LocalRedirect(LocalReturnPath.Sanitize(tilbake));
    }
}
