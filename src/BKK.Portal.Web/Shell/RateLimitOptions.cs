namespace BKK.Portal.Web.Shell;

/// <summary>The limits of the portal's rate limiter (section <c>RateLimits</c>); each breach answers a Norwegian 429 page.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Logins started per minute from one address (each one asks the identity provider).</summary>
    public int LoginsPerMinutePerAddress { get; set; } = 20;

    /// <summary>Form posts per minute per person (or per address before login).</summary>
    public int FormPostsPerMinute { get; set; } = 30;

    /// <summary>Downloads (meter values, invoice PDFs, Mine data) per hour per person: each reads much from the database.</summary>
    public int ExportsPerHour { get; set; } = 60;
}
