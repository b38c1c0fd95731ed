namespace BKK.Portal.Web.Host;

/// <summary>The limits of the portal's rate limiter, all in section <c>RateLimits</c>; each breach answers a Norwegian 429 page.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Logins started per minute from one address (each one asks the identity provider).</summary>
    public int LoginsPerMinutePerAddress { get; set; } = 20;

    /// <summary>Form posts per minute per person (or per address before login).</summary>
    public int FormPostsPerMinute { get; set; } = 30;

    /// <summary>Downloads (meter values, invoice PDFs, Mine data) per hour per person: each reads much from the database.</summary>
    public int ExportsPerHour { get; set; } = 60;

    /// <summary>Fullmakt attempts per person and hour (a grant looks a person up by identity number and name).</summary>
    public int GrantAttemptsPerHour { get; set; } = 20;

    /// <summary>Consent choices per address and hour (each is recorded).</summary>
    public int ConsentChoicesPerHour { get; set; } = 30;

    /// <summary>
    /// The section, with the keys of before as aliases for one release (docs/operations.md):
    /// <c>Access:GrantAttemptsPerHour</c> and <c>Privacy:ConsentChoicesPerHour</c>, used when the
    /// <c>RateLimits</c> key is not set.
    /// </summary>
    public static RateLimitOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var options = section.Get<RateLimitOptions>() ?? new RateLimitOptions();
        if (section[nameof(GrantAttemptsPerHour)] is null && configuration.GetValue<int?>("Access:GrantAttemptsPerHour") is { } grants)
        {
            options.GrantAttemptsPerHour = grants;
        }

        if (section[nameof(ConsentChoicesPerHour)] is null && configuration.GetValue<int?>("Privacy:ConsentChoicesPerHour") is { } choices)
        {
            options.ConsentChoicesPerHour = choices;
        }

        return options;
    }
}
