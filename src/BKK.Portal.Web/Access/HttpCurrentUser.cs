using BKK.Portal.Domain.Customers;
using BKK.Portal.Web.Authentication;

namespace BKK.Portal.Web.Access;

/// <summary>Reads the logged-in person and the chosen relationship from the login cookie.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public const string SelectedRelationshipClaim = "bkk:kundeforhold";

    public string? Subject => accessor.HttpContext?.User.Subject();

    public CustomerNumber? SelectedCustomerNumber =>
        CustomerNumber.Parse(accessor.HttpContext?.User.FindFirst(SelectedRelationshipClaim)?.Value).Value;
}
