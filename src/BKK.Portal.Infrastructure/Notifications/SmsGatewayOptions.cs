namespace BKK.Portal.Infrastructure.Notifications;

/// <summary>
/// The HTTP SMS gateway (section <c>Sms</c>), on the shape of LINK Mobility's REST API (ADR 0027). With no
/// <see cref="Endpoint"/>, SMS are written to the folder.
/// </summary>
public sealed class SmsGatewayOptions
{
    public const string SectionName = "Sms";

    /// <summary>The send address, e.g. https://gateway.example.no/sms/send.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The account's user (HTTP basic authentication).</summary>
    public string? Username { get; set; }

    /// <summary>The account's key (the password of basic authentication); a secret.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The sender the phone shows: up to 11 letters and digits.</summary>
    public string Sender { get; set; } = "BKK";

    public string PlatformId { get; set; } = "COMMON_API";

    public string? PlatformPartnerId { get; set; }

    /// <summary>The gateway's limit of messages a second; the dispatcher never starts more.</summary>
    public int PerSecond { get; set; } = 100;

    /// <summary>How long one request may take before it counts as a failed attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
