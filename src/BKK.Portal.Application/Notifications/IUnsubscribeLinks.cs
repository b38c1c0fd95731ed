using BKK.Portal.Domain.Notifications;

namespace BKK.Portal.Application.Notifications;

/// <summary>What an unsubscribe link says: this person no longer wants this kind about this relationship.</summary>
public sealed record UnsubscribeRequest(int PersonId, int CustomerRelationshipId, NotificationKind Kind);

/// <summary>
/// Signed, expiring tokens for the link in every message that turns its kind off without logging in. Only the portal
/// can make one (the signing keys are the Data Protection keys shared by every instance), and it names one person,
/// one relationship and one kind: it can turn off nothing else.
/// </summary>
public interface IUnsubscribeLinks
{
    /// <summary>The whole link, under the portal's public address.</summary>
    string Create(UnsubscribeRequest request);

    /// <summary>The request in a token, or null when the token is forged, altered or expired.</summary>
    UnsubscribeRequest? Read(string token);
}
