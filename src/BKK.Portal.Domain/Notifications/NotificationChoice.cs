using BKK.Portal.Domain.Common;

namespace BKK.Portal.Domain.Notifications;

/// <summary>
/// What one person wants to be told about one customer relationship, and how: the kinds by SMS, the kinds by
/// e-mail, the language of the messages, and the levels of the consumption alerts. A person with no choice stored
/// for a relationship they own gets <see cref="NotificationKinds.DefaultSms"/> by SMS (<see cref="Default"/>);
/// someone with a fullmakt gets nothing until they choose.
/// </summary>
public sealed class NotificationChoice
{
    /// <summary>The largest room to the next step one may ask to be warned at, in kW.</summary>
    public const decimal MaximumCapacityMarginKw = 50m;

    /// <summary>The largest day level one may choose, in kWh.</summary>
    public const decimal MaximumDailyLimitKwh = 10_000m;

    private NotificationChoice()
    {
    }

    public NotificationChoice(int personId, int customerRelationshipId, DateTime nowUtc)
    {
        PersonId = personId;
        CustomerRelationshipId = customerRelationshipId;
        SmsKinds = NotificationKinds.DefaultSms;
        EmailKinds = NotificationKinds.DefaultEmail;
        ChangedUtc = nowUtc;
    }

    public int Id { get; private set; }

    public int PersonId { get; private set; }

    public int CustomerRelationshipId { get; private set; }

    public NotificationKind SmsKinds { get; private set; }

    public NotificationKind EmailKinds { get; private set; }

    public Language Language { get; private set; }

    /// <summary>Warn when the room to the next capacity step is under this many kW; null: only when the step rises.</summary>
    public decimal? CapacityMarginKw { get; private set; }

    /// <summary>The day's consumption in kWh above which the high-consumption alert goes; null: no level chosen.</summary>
    public decimal? DailyLimitKwh { get; private set; }

    public DateTime ChangedUtc { get; private set; }

    /// <summary>What a person without a stored choice gets: the defaults for an owner, nothing for a fullmakt.</summary>
    public static (NotificationKind Sms, NotificationKind Email) Default(bool owner) =>
        owner ? (NotificationKinds.DefaultSms, NotificationKinds.DefaultEmail) : (NotificationKind.None, NotificationKind.None);

    public void Choose(NotificationKind sms, NotificationKind email, Language language, decimal? capacityMarginKw, decimal? dailyLimitKwh, DateTime nowUtc)
    {
        if (capacityMarginKw is < 0 or > MaximumCapacityMarginKw)
        {
            throw new ArgumentOutOfRangeException(nameof(capacityMarginKw));
        }

        if (dailyLimitKwh is <= 0 or > MaximumDailyLimitKwh)
        {
            throw new ArgumentOutOfRangeException(nameof(dailyLimitKwh));
        }

        SmsKinds = sms;
        EmailKinds = email;
        Language = language;
        CapacityMarginKw = capacityMarginKw;
        DailyLimitKwh = dailyLimitKwh;
        ChangedUtc = nowUtc;
    }

    /// <summary>The unsubscribe link: this kind no longer goes, by SMS or by e-mail.</summary>
    public void TurnOff(NotificationKind kind, DateTime nowUtc)
    {
        SmsKinds &= ~kind;
        EmailKinds &= ~kind;
        ChangedUtc = nowUtc;
    }

    public bool Wants(NotificationKind kind, NotificationChannel channel) =>
        ((channel == NotificationChannel.Sms ? SmsKinds : EmailKinds) & kind) != 0;
}
