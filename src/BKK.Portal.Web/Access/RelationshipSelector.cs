using System.Security.Claims;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Web.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BKK.Portal.Web.Access;

/// <summary>
/// Makes a relationship the chosen one after checking the grant (through the one access service): for this
/// request only (a link with <c>?kundeforhold=</c>; a GET never changes state), or, from the switcher's POST,
/// stored in the login session, keeping its absolute expiry.
/// </summary>
public sealed class RelationshipSelector(RelationshipAccessService access)
{
    /// <summary>Chooses the relationship for this request only.</summary>
    /// <exception cref="RelationshipAccessDeniedException">The person holds no grant to it.</exception>
    public async Task SelectForRequestAsync(HttpContext context, CustomerNumber customerNumber)
    {
        await AuthorizeAsync(context, customerNumber);
        context.User = WithChoice(context.User, customerNumber);
    }

    /// <summary>Chooses the relationship for this and every later request of the session.</summary>
    /// <exception cref="RelationshipAccessDeniedException">The person holds no grant to it.</exception>
    public async Task SelectAsync(HttpContext context, CustomerNumber customerNumber)
    {
        await AuthorizeAsync(context, customerNumber);
        var current = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!current.Succeeded)
        {
            throw new RelationshipAccessDeniedException();
        }

        var principal = WithChoice(current.Principal!, customerNumber);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, current.Properties);
        context.User = principal;
    }

    private async Task AuthorizeAsync(HttpContext context, CustomerNumber customerNumber)
    {
        var subject = context.User.Subject() ?? throw new RelationshipAccessDeniedException();
        await access.AuthorizeAsync(subject, customerNumber, context.RequestAborted);
    }

    private static ClaimsPrincipal WithChoice(ClaimsPrincipal user, CustomerNumber customerNumber)
    {
        var identity = new ClaimsIdentity(user.Claims.Where(c => c.Type != HttpCurrentUser.SelectedRelationshipClaim),
            user.Identity!.AuthenticationType, "name", "role");
        identity.AddClaim(new Claim(HttpCurrentUser.SelectedRelationshipClaim, customerNumber.Value));
        return new ClaimsPrincipal(identity);
    }
}
