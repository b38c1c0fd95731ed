namespace BKK.Portal.Application.Access;

/// <summary>The <c>Authentication:Session</c> section: how long a login may sit unused.</summary>
public sealed class LoginSessionOptions
{
    public const string SectionName = "Authentication:Session";

    /// <summary>A session not used for this long has ended (30 minutes by default); the 24 hours from login stay the limit.</summary>
    public TimeSpan IdleTimeout { get; set; } = Privacy.BkkPrivacyCatalogue.LoginIdleTimeout;

    /// <summary>Refuses a timeout the privacy notice does not promise (longer than its 30 minutes) or none at all.</summary>
    public void EnsureValid()
    {
        if (IdleTimeout <= TimeSpan.Zero || IdleTimeout > Privacy.BkkPrivacyCatalogue.LoginIdleTimeout)
        {
            throw new InvalidOperationException(
                $"{SectionName}:IdleTimeout must be above zero and at most {Privacy.BkkPrivacyCatalogue.LoginIdleTimeout.TotalMinutes} minutes, as the privacy notice promises.");
        }
    }
}
