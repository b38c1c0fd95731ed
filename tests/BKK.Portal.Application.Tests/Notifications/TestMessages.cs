using BKK.Portal.Application.Notifications;
using BKK.Portal.Infrastructure.Notifications;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Tests.Notifications;

/// <summary>The message composer of the tests: links under https://minside.example.no, signed with keys of the test's own.</summary>
internal static class TestMessages
{
    public static IOptions<NotificationOptions> Options { get; } =
        Microsoft.Extensions.Options.Options.Create(new NotificationOptions { PublicBaseUrl = "https://minside.example.no" });

    public static (MessageComposer Composer, IUnsubscribeLinks Links) Composer(PortalDbContext db, TimeProvider clock)
    {
        var links = new DataProtectionUnsubscribeLinks(new EphemeralDataProtectionProvider(), clock, Options);
        return (new MessageComposer(db, links, clock, Options), links);
    }
}
