using BKK.Portal.Domain.Notifications;

namespace BKK.Portal.Application.Notifications;

/// <summary>
/// A person who is to be told about a relationship, with where and how: the mobile number (null when they have none
/// that takes an SMS) and e-mail of their contact data, the kinds they want on each, and their language.
/// </summary>
public sealed record Recipient(
    int PersonId, int CustomerRelationshipId, string? Mobile, string? Email, Language Language,
    NotificationKind SmsKinds, NotificationKind EmailKinds, decimal? CapacityMarginKw, decimal? DailyLimitKwh)
{
    /// <summary>The channels this kind goes on for this person, with the address on each.</summary>
    public IEnumerable<(NotificationChannel Channel, string Address)> ChannelsFor(NotificationKind kind)
    {
        if ((SmsKinds & kind) != 0 && Mobile is not null)
        {
            yield return (NotificationChannel.Sms, Mobile);
        }

        if ((EmailKinds & kind) != 0 && !string.IsNullOrWhiteSpace(Email))
        {
            yield return (NotificationChannel.Email, Email);
        }
    }
}
