using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BKK.Portal.Application.Tests.Notifications;

/// <summary>
/// "A new invoice is ready": an invoice that arrives from billing is told once to the people of its relationship who
/// chose it, in their language; an invoice that is no news (old, credited, past due) is marked without a message, and
/// one issued in the future waits for its day.
/// </summary>
public sealed class InvoiceAnnouncementTests : IAsyncLifetime
{
    // 20 November 2026, noon in Oslo.
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 20, 11, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private DemoMeteringPoint _home = null!;
    private int _kari;
    private int _number = 40_000_000;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var data = await _database.AddDemoCustomersAsync();
        _home = data.MeteringPoints[0]; // Kari's home
        _kari = (await _database.Db.People.SingleAsync(p => p.Subject == DemoPeople.Kari)).Id;

        var choice = new NotificationChoice(_kari, _home.Relationship.Id, _clock.Now.UtcDateTime);
        choice.Choose(NotificationKinds.DefaultSms | NotificationKind.InvoiceReady, NotificationKind.InvoiceReady,
            Language.English, capacityMarginKw: null, dailyLimitKwh: null, _clock.Now.UtcDateTime);
        _database.Db.NotificationChoices.Add(choice);
        await _database.Db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_new_invoice_is_told_once_by_each_chosen_channel_in_the_chosen_language()
    {
        var invoice = await AddInvoiceAsync(_home.Relationship.Id, _home.MeteringPoint.Id, issued: new DateOnly(2026, 11, 20), due: new DateOnly(2026, 12, 11), amount: 1234.5m);

        Assert.Equal(2, await RunAsync()); // by SMS and by e-mail

        var messages = await _database.Db.OutboxMessages.Where(m => m.Kind == NotificationKind.InvoiceReady).OrderBy(m => m.Channel).ToListAsync();
        Assert.Equal([$"invoice:{invoice}:p{_kari}:sms", $"invoice:{invoice}:p{_kari}:email"], messages.Select(m => m.IdempotencyKey));
        Assert.All(messages, m => Assert.Equal(_home.Relationship.Id, m.CustomerRelationshipId));
        Assert.All(messages, m => Assert.Contains($"Invoice {invoice} of NOK 1,543.13 is due on 11 December 2026", m.Body, StringComparison.Ordinal)); // 1,234.50 + 25 % VAT
        Assert.All(messages, m => Assert.Contains("https://minside.example.no/fakturaer", m.Body, StringComparison.Ordinal));
        Assert.True(await _database.Db.Invoices.Where(i => i.Number == invoice).Select(i => i.Announced).SingleAsync());

        Assert.Equal(0, await RunAsync()); // told already
        Assert.Equal(2, await _database.Db.OutboxMessages.CountAsync(m => m.Kind == NotificationKind.InvoiceReady));
    }

    [Fact]
    public async Task An_invoice_that_is_no_news_is_marked_without_a_message_and_a_future_one_waits_for_its_day()
    {
        var old = await AddInvoiceAsync(_home.Relationship.Id, _home.MeteringPoint.Id, issued: new DateOnly(2026, 10, 5), due: new DateOnly(2026, 10, 26), amount: 500m);
        var lateButStillDue = await AddInvoiceAsync(_home.Relationship.Id, _home.MeteringPoint.Id, issued: new DateOnly(2026, 11, 1), due: new DateOnly(2026, 11, 19), amount: 500m);
        var tomorrow = await AddInvoiceAsync(_home.Relationship.Id, _home.MeteringPoint.Id, issued: new DateOnly(2026, 11, 21), due: new DateOnly(2026, 12, 12), amount: 500m);

        Assert.Equal(0, await RunAsync());
        var announced = await _database.Db.Invoices.Where(i => i.Announced).Select(i => i.Number).ToListAsync();
        Assert.Equal([old, lateButStillDue], announced.Order());

        _clock.Now = _clock.Now.AddDays(1);
        Assert.Equal(2, await RunAsync());
        Assert.All(await _database.Db.OutboxMessages.ToListAsync(), m => Assert.StartsWith($"invoice:{tomorrow}:", m.IdempotencyKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nobody_is_told_who_did_not_choose_it()
    {
        var olaNumber = CustomerNumber.Parse("10000041").GetValueOrThrow();
        var olasRelationship = await _database.Db.CustomerRelationships.Where(r => r.CustomerNumber == olaNumber).Select(r => r.Id).SingleAsync();
        var olas = await _database.Db.MeteringPoints.FirstAsync(p => p.CustomerRelationshipId == olasRelationship);
        await AddInvoiceAsync(olas.CustomerRelationshipId, olas.Id, new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 11), 800m);

        Assert.Equal(0, await RunAsync()); // the default is outages and planned work only
        Assert.True(await _database.Db.Invoices.AllAsync(i => i.Announced));
    }

    private async Task<string> AddInvoiceAsync(int relationshipId, int meteringPointKey, DateOnly issued, DateOnly due, decimal amount)
    {
        var month = new DateOnly(issued.Year, issued.Month, 1).AddMonths(-1);
        var draft = new InvoiceDraft(month, [new InvoiceLineDraft(InvoiceLineKind.FixedCharge, "Fastledd", 1, "mnd", amount)], 0.25m, 0,
            new CapacityResult(month, [], 0, new CapacityStep(0, 2, 0)));
        var number = (++_number).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _database.Db.Invoices.Add(new Invoice(number, relationshipId, meteringPointKey, draft, issued, due, Kid.For(number), DeliveryMethod.EFaktura));
        await _database.Db.SaveChangesAsync();
        return number;
    }

    private async Task<int> RunAsync()
    {
        var (composer, _) = TestMessages.Composer(_database.Db, _clock);
        var job = new InvoiceAnnouncements(_database.Db, new NotificationRecipients(_database.Db), composer, _clock, TestMessages.Options,
            NullLogger<InvoiceAnnouncements>.Instance);
        return await job.RunAsync(CancellationToken.None);
    }
}
