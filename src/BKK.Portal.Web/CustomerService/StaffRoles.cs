using System.Security.Claims;
using BKK.Portal.Application.CustomerService;
using BKK.Portal.Web.Authentication;

namespace BKK.Portal.Web.CustomerService;

/// <summary>
/// Customer service by the role claim of the login (its name and values from <see cref="StaffOptions"/>), and the
/// policies that keep the two sides apart: staff pages for staff only, customer pages for customers only (a member
/// of customer service reads a customer through an opening on the staff side, never as if they were the customer).
/// </summary>
public static class StaffRoles
{
    /// <summary>Where customer service lands after login.</summary>
    public const string Home = "/kundeservice";

    /// <summary>The staff pages under /kundeservice.</summary>
    public const string StaffPolicy = "Staff";

    /// <summary>The team lead's pages (the access log).</summary>
    public const string LeadPolicy = "StaffLead";

    /// <summary>Pages for anybody logged in, customer or staff (logout).</summary>
    public const string AnyonePolicy = "AnyoneLoggedIn";

    public static bool IsStaff(ClaimsPrincipal user, StaffOptions options) =>
        user.Identity?.IsAuthenticated == true
        && user.FindAll(options.RoleClaim).Any(c => c.Value == options.AgentRole || c.Value == options.LeadRole);

    public static bool IsLead(ClaimsPrincipal user, StaffOptions options) =>
        user.Identity?.IsAuthenticated == true && user.FindAll(options.RoleClaim).Any(c => c.Value == options.LeadRole);

    public static StaffMember? Member(ClaimsPrincipal user, StaffOptions options) =>
        IsStaff(user, options) && user.Subject() is { } subject
            ? new StaffMember(subject, user.FindFirstValue("name") ?? subject, IsLead(user, options))
            : null;

    /// <summary>The fallback (every page without its own policy) is a customer's; the staff pages have theirs.</summary>
    public static void AddPortalPolicies(this IServiceCollection services, StaffOptions options)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireAssertion(c => !IsStaff(c.User, options)).Build())
            .AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c => IsStaff(c.User, options)))
            .AddPolicy(LeadPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c => IsLead(c.User, options)))
            .AddPolicy(AnyonePolicy, p => p.RequireAuthenticatedUser());
    }
}
