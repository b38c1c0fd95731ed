using System.Globalization;
using BKK.Portal.Application.Requests;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Installations;

/// <summary>A meter that does not send values and was last read over a month ago: its holder is reminded once, and not after reading it.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReadingReminderTests(PortalFactory factory)
{
    [Fact]
    public async Task The_holder_is_reminded_once_when_a_reading_is_due_and_not_again_once_it_is_read()
    {
        var cabin = await CabinMeter.ReadAsync(factory);
        await using var keep = await cabin.KeepAsync(factory);
        var key = $"reading-due:{cabin.MeteringPointId}:";
        try
        {
            await RunAsync();
            var messages = await MessagesAsync(key);
            var kari = Assert.Single(messages, m => m.Channel == NotificationChannel.Sms);
            Assert.Equal(NotificationKind.ReadingDue, kari.Kind);
            Assert.Contains("Hyttevegen 3", kari.Body, StringComparison.Ordinal);
            Assert.Contains("/anlegg/avlesning", kari.Body, StringComparison.Ordinal);
            await PortalDatabase.ChangeAsync(factory, async db =>
                Assert.Equal(DemoPeople.Kari, await db.People.Where(p => p.Id == kari.PersonId).Select(p => p.Subject).SingleAsync()));

            // However often the job runs, and on however many instances, one reminder.
            Assert.Equal(0, await RunAsync());
            Assert.Equal(messages.Count, (await MessagesAsync(key)).Count);

            // Read today: nothing is due any more.
            using var client = await CabinMeter.KariAsync(factory);
            await MeterReadingTests.PostAsync(client, await client.GetPageAsync("/anlegg/avlesning"), cabin, (cabin.LastKwh + 5).ToString(CultureInfo.InvariantCulture), OsloTime.Today(TimeProvider.System));
            await PortalDatabase.ChangeAsync(factory, db => db.OutboxMessages.Where(m => m.IdempotencyKey.StartsWith(key)).ExecuteDeleteAsync());
            Assert.Equal(0, await RunAsync());
        }
        finally
        {
            await PortalDatabase.ChangeAsync(factory, db => db.OutboxMessages.Where(m => m.IdempotencyKey.StartsWith(key)).ExecuteDeleteAsync());
        }
    }

    private async Task<int> RunAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReadingReminders>().RunAsync(CancellationToken.None);
    }

    private async Task<List<OutboxMessage>> MessagesAsync(string key)
    {
        var messages = new List<OutboxMessage>();
        await PortalDatabase.ChangeAsync(factory, async db => messages.AddRange(await db.OutboxMessages.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith(key)).ToListAsync()));
        return messages;
    }
}
