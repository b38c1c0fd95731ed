using System.Security.Claims;
using BKK.Portal.Web.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace BKK.Portal.Web.Pages.Account;

/// <summary>
/// Ends the session in the portal (its row is deleted) and then at the identity provider: a POST, so no
/// link can log anyone out. The provider's end-session request is a page that navigates there by itself
/// (ADR 0020), so the portal's CSP needs no form target of the provider's.
/// </summary>
public sealed class LogoutModel : PageModel
{
    public string EndSessionUrl { get; private set; } = "/logget-ut";

    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        // The provider's sign-out first: it reads the id_token (the hint) from the session the cookie's sign-out deletes.
        await HttpContext.SignOutAsync(OpenIdConnectDefaults.AuthenticationScheme, new AuthenticationProperties { RedirectUri = "/logget-ut" });
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        HttpContext.User = new ClaimsPrincipal(new ClaimsIdentity()); // the page below shows nobody's name
        if (PortalAuthentication.EndSessionUrl(HttpContext) is not { } url)
        {
            return Redirect("/logget-ut");
        }

        EndSessionUrl = url;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
