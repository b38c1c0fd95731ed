using System.Security.Claims;
using BKK.Portal.Application.Access;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Web.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BKK.Portal.Web.Access;

/// <summary>
/// Makes a relationship the chosen one: checks the grant (through the one access service),
/// then writes the choice into the login cookie, keeping its absolute expiry.
/// </summary>
public sealed class RelationshipSelector(RelationshipAccessService access)
{
    /// <exception cref="RelationshipAccessDeniedException">The person holds no grant to it.</exception>
    public async Task SelectAsync(HttpContext context, CustomerNumber customerNumber)
    {
        var subject = context.User.Subject() ?? throw new RelationshipAccessDeniedException();
        await access.AuthorizeAsync(subject, customerNumber, context.RequestAborted);

        var current = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!current.Succeeded)
        {
            throw new RelationshipAccessDeniedException();
        }

        var identity = new ClaimsIdentity(current.Principal!.Claims.Where(c => c.Type != HttpCurrentUser.SelectedRelationshipClaim),
            current.Principal.Identity!.AuthenticationType, "name", "role");
        identity.AddClaim(new Claim(HttpCurrentUser.SelectedRelationshipClaim, customerNumber.Value));
        var principal = new ClaimsPrincipal(identity);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, current.Properties);
        context.User = principal;
    }
}
