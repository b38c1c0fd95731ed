using System.Security.Cryptography;
using BKK.Portal.Web.Consent;

namespace BKK.Portal.Web.Pages.Chat;

/// <summary>
/// Chat med kundeservice: starting a chat is the only thing that issues the chat cookie (a random
/// chat id, as long as the catalogue says), and only with functional consent. The chat itself comes later.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(PrivacyCatalogue catalogue) : PageModel
{
    public bool Allowed => HttpContext.Consent().Allows(CookieCategory.Functional);

    public bool Started => Request.Cookies.ContainsKey(BkkPrivacyCatalogue.ChatCookieName);

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (!Allowed)
        {
            return Page();
        }

        HttpContext.AppendCataloguedCookie(catalogue, BkkPrivacyCatalogue.ChatCookieName, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant());
        return Redirect("/chat");
    }
}
