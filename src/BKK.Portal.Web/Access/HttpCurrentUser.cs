using BKK.Portal.Application.CustomerService;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Web.Authentication;
using BKK.Portal.Web.CustomerService;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Web.Access;

/// <summary>Reads the logged-in person, the chosen relationship and (for customer service) the staff role from the login cookie.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor, IOptions<StaffOptions> staffOptions) : ICurrentUser
{
    public const string SelectedRelationshipClaim = "bkk:kundeforhold";

    public string? Subject => accessor.HttpContext?.User.Subject();

    public CustomerNumber? SelectedCustomerNumber =>
        CustomerNumber.Parse(accessor.HttpContext?.User.FindFirst(SelectedRelationshipClaim)?.Value).Value;

    public StaffMember? Staff => accessor.HttpContext?.User is { } user ? StaffRoles.Member(user, staffOptions.Value) : null;
}
