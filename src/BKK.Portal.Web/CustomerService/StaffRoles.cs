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

    /// <summary>Where the operations centre lands: the driftsmeldinger it publishes.</summary>
    public const string NoticesHome = "/kundeservice/driftsmeldinger";

    /// <summary>The staff pages under /kundeservice.</summary>
    public const string StaffPolicy = "Staff";

    /// <summary>The team lead's pages (the access log).</summary>
    public const string LeadPolicy = "StaffLead";

    /// <summary>The driftsmeldinger pages: a team lead or the operations centre.</summary>
    public const string NoticesPolicy = "PublishNotices";

    /// <summary>Pages for anybody logged in, customer or staff (logout).</summary>
    public const string AnyonePolicy = "AnyoneLoggedIn";

    /// <summary>Any staff role: never a customer (the customer pages refuse them), whatever else they may do.</summary>
    public static bool IsStaff(ClaimsPrincipal user, StaffOptions options) =>
        IsCustomerService(user, options) || HasRole(user, options, options.OperationsRole);

    /// <summary>An agent or a team lead: the staff pages, the inquiry queue and the chat.</summary>
    public static bool IsCustomerService(ClaimsPrincipal user, StaffOptions options) =>
        HasRole(user, options, options.AgentRole) || HasRole(user, options, options.LeadRole);

    private static bool HasRole(ClaimsPrincipal user, StaffOptions options, string role) =>
        user.Identity?.IsAuthenticated == true && user.FindAll(options.RoleClaim).Any(c => c.Value == role);

    public static bool IsLead(ClaimsPrincipal user, StaffOptions options) =>
        user.Identity?.IsAuthenticated == true && user.FindAll(options.RoleClaim).Any(c => c.Value == options.LeadRole);

    public static bool MayPublishNotices(ClaimsPrincipal user, StaffOptions options) =>
        HasRole(user, options, options.LeadRole) || HasRole(user, options, options.OperationsRole);

    public static StaffMember? Member(ClaimsPrincipal user, StaffOptions options) =>
        IsStaff(user, options) && user.Subject() is { } subject
            ? new StaffMember(subject, user.FindFirstValue("name") ?? subject, IsLead(user, options), MayPublishNotices(user, options), IsCustomerService(user, options))
            : null;

    /// <summary>The fallback (every page without its own policy) is a customer's; the staff pages have theirs.</summary>
    public static void AddPortalPolicies(this IServiceCollection services, StaffOptions options)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireAssertion(c => !IsStaff(c.User, options)).Build())
            .AddPolicy(StaffPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c => IsCustomerService(c.User, options)))
            .AddPolicy(LeadPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c => IsLead(c.User, options)))
            .AddPolicy(NoticesPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c => MayPublishNotices(c.User, options)))
            .AddPolicy(AnyonePolicy, p => p.RequireAuthenticatedUser());
    }
}
