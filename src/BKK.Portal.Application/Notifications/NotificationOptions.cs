namespace BKK.Portal.Application.Notifications;

/// <summary>The delivery of messages (section <c>Notifications</c>); the SMTP server and the SMS gateway have their own sections.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>Whether this instance runs the dispatcher. Every instance may: the lease lets one at a time work a batch.</summary>
    public bool Dispatch { get; set; } = true;

    /// <summary>
    /// Whether the dispatcher's rounds write reminders to read the meters that do not send values
    /// (<see cref="Requests.ReadingReminders"/>); off where another system reminds the customers.
    /// </summary>
    public bool ReadingReminders { get; set; } = true;

    /// <summary>The portal's address as the customer reaches it, for the links in messages (the unsubscribe link).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>How long an unsubscribe link works.</summary>
    public TimeSpan UnsubscribeLinkLifetime { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Attempts of one message before it is marked failed and shown to customer service.</summary>
    public int MaximumAttempts { get; set; } = 6;

    /// <summary>The wait after the first failed attempt; it doubles after each, up to <see cref="MaximumRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaximumRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Messages taken per round; the lease is renewed before each.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Messages sent at once within a round (each channel keeps its own rate as well).</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>How often an idle dispatcher looks for messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the lease lasts without renewal: a dispatcher that dies leaves it this long.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Where messages are written when no SMTP server or SMS gateway is configured (relative to the content root);
    /// by default the folder <c>outbox</c> beside the SQLite database (<c>Database:DataDirectory</c>).
    /// </summary>
    public string? Folder { get; set; }

    /// <summary>A link into the portal under its public address (<paramref name="path"/> starts with /).</summary>
    public string Link(string path) => PublicBaseUrl.TrimEnd('/') + path;

    /// <summary>The wait before the first retry after <paramref name="attempts"/> failed attempts.</summary>
    public TimeSpan BackOff(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstRetryDelay.Ticks * factor, MaximumRetryDelay.Ticks));
        return delay;
    }
}
