using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;

namespace BKK.Portal.Web.Authentication;

/// <summary>
/// A login made just now, for a change that is a fraud target (the payout account): the time the provider says the
/// person authenticated (<c>auth_time</c>) must be within a few minutes. When it is not, the portal asks the provider
/// for a new login (<c>prompt=login</c>, <c>max_age=0</c>) and, on the callback, refuses a token whose <c>auth_time</c>
/// is older than the request: a provider that kept its session instead of asking proves nothing.
/// </summary>
public static class FreshLogin
{
    /// <summary>The item of the login's properties that says a fresh login was asked for, and when (Unix seconds).</summary>
    public const string RequestedItem = "bkk.fresh-login";

    public const string AuthTimeClaim = "auth_time";

    /// <summary>How far the provider's clock may be from ours.</summary>
    public static readonly TimeSpan Skew = TimeSpan.FromMinutes(1);

    /// <summary>The properties of a challenge that asks for a fresh login and then returns to <paramref name="returnPath"/>.</summary>
    public static AuthenticationProperties Challenge(string returnPath, DateTimeOffset now)
    {
        var properties = new AuthenticationProperties { RedirectUri = LocalReturnPath.Sanitize(returnPath) };
        properties.Items[RequestedItem] = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return properties;
    }

    /// <summary>When the person last authenticated at the provider, if the login says.</summary>
    public static DateTimeOffset? AuthenticatedAt(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(AuthTimeClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>On the callback: a login that was asked to be fresh was made after it was asked (any other login passes).</summary>
    public static bool Satisfied(AuthenticationProperties properties, ClaimsPrincipal principal) =>
        !properties.Items.TryGetValue(RequestedItem, out var requested)
        || (long.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out var asked)
            && AuthenticatedAt(principal) is { } at
            && at >= DateTimeOffset.FromUnixTimeSeconds(asked) - Skew);
}
