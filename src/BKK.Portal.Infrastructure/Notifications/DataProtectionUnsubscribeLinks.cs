using System.Globalization;
using System.Security.Cryptography;
using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Notifications;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Infrastructure.Notifications;

/// <summary>
/// Unsubscribe tokens protected with the portal's Data Protection keys (shared by every instance in the database),
/// time-limited to <see cref="NotificationOptions.UnsubscribeLinkLifetime"/>. The token is encrypted and signed: it
/// cannot be read, altered or made without the keys. The link is <c>/varsler/stopp/{token}</c>.
/// </summary>
public sealed class DataProtectionUnsubscribeLinks(IDataProtectionProvider provider, TimeProvider clock, IOptions<NotificationOptions> options) : IUnsubscribeLinks
{
    public const string PathPrefix = "/varsler/stopp/";

    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector("BKK.Portal.Notifications.Unsubscribe.v1").ToTimeLimitedDataProtector();

    public string Create(UnsubscribeRequest request)
    {
        var payload = string.Create(CultureInfo.InvariantCulture, $"{request.PersonId}.{request.CustomerRelationshipId}.{(int)request.Kind}");
        var expires = clock.GetUtcNow() + options.Value.UnsubscribeLinkLifetime;
        return options.Value.Link(PathPrefix + _protector.Protect(payload, expires));
    }

    public UnsubscribeRequest? Read(string token)
    {
        try
        {
            var payload = _protector.Unprotect(token, out var expires);
            if (expires < clock.GetUtcNow())
            {
                return null;
            }

            var parts = payload.Split('.');
            return parts.Length == 3
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var person)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var relationship)
                && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var kind)
                && NotificationKinds.All.Contains((NotificationKind)kind)
                ? new UnsubscribeRequest(person, relationship, (NotificationKind)kind)
                : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null; // forged, altered, expired by the protector's own clock, or not a token at all
        }
    }
}
