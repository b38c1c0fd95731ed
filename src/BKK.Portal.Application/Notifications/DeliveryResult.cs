namespace BKK.Portal.Application.Notifications;

/// <summary>
/// What a channel made of one attempt: accepted (with the provider's reference), or not, with an error that holds
/// no personal data and whether trying again could help.
/// </summary>
public sealed record DeliveryResult(bool Accepted, string? Reference, string? Error, bool Permanent)
{
    public static DeliveryResult Sent(string? reference) => new(true, reference, null, false);

    public static DeliveryResult TryAgain(string error) => new(false, null, error, false);

    public static DeliveryResult GiveUp(string error) => new(false, null, error, true);
}
