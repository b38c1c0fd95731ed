namespace BKK.Portal.Domain.Notifications;

public enum OutboxStatus
{
    /// <summary>Waiting to be sent, for the first time or again after a failed attempt.</summary>
    Pending = 1,

    /// <summary>Accepted by the SMTP server or the SMS gateway.</summary>
    Sent = 2,

    /// <summary>Given up after the configured attempts; shown to customer service.</summary>
    Failed = 3,
}
