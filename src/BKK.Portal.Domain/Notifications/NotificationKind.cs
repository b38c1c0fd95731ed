namespace BKK.Portal.Domain.Notifications;

/// <summary>
/// The service messages the portal sends; nothing here is marketing. The values are bits, so a person's choice of
/// kinds per channel is one number (<see cref="NotificationChoice"/>).
/// </summary>
[Flags]
public enum NotificationKind
{
    None = 0,

    /// <summary>An outage where the customer's metering point is.</summary>
    Outage = 1,

    /// <summary>Planned work that will cut the power.</summary>
    PlannedWork = 2,

    /// <summary>This month's capacity step has risen, or the room to the next step is small.</summary>
    CapacityStep = 4,

    /// <summary>A day's consumption above the level the customer chose.</summary>
    HighConsumption = 8,

    InvoiceReady = 16,

    InquiryAnswered = 32,

    /// <summary>A meter that does not send values is due to be read (<see cref="Requests.RegisterReading"/>).</summary>
    ReadingDue = 64,

    /// <summary>The payout account was changed: a security notice to the holder's contact data, which cannot be turned off (not a choice).</summary>
    PayoutAccountChanged = 128,
}

/// <summary>The kinds one at a time, in the order the choices page lists them.</summary>
public static class NotificationKinds
{
    public static IReadOnlyList<NotificationKind> All { get; } =
    [
        NotificationKind.Outage, NotificationKind.PlannedWork, NotificationKind.CapacityStep,
        NotificationKind.HighConsumption, NotificationKind.InvoiceReady, NotificationKind.InquiryAnswered, NotificationKind.ReadingDue,
    ];

    /// <summary>What a person with no choices stored gets for a relationship they own: outages and planned work by SMS.</summary>
    /// <remarks>A reminder to read a meter is on by default too: only those whose meter does not send values get one.</remarks>
    public const NotificationKind DefaultSms = NotificationKind.Outage | NotificationKind.PlannedWork | NotificationKind.ReadingDue;

    public const NotificationKind DefaultEmail = NotificationKind.None;

    /// <summary>The kinds about money and the customer's own case, which a limited fullmakt does not show.</summary>
    /// <remarks>A reading is reported by the owner or a full grantee, so its reminder goes to them alone.</remarks>
    public const NotificationKind NeedFullAccess = NotificationKind.InvoiceReady | NotificationKind.InquiryAnswered | NotificationKind.ReadingDue;

    /// <summary>The slug of a kind in links (the unsubscribe link), stable across releases.</summary>
    public static string Slug(NotificationKind kind) => kind switch
    {
        NotificationKind.Outage => "outage",
        NotificationKind.PlannedWork => "planned-work",
        NotificationKind.CapacityStep => "capacity-step",
        NotificationKind.HighConsumption => "high-consumption",
        NotificationKind.InvoiceReady => "invoice-ready",
        NotificationKind.InquiryAnswered => "inquiry-answered",
        NotificationKind.ReadingDue => "reading-due",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "One kind at a time."),
    };
}
