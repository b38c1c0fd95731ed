using System.Globalization;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Infrastructure.Consumption;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Tests.Notifications;

/// <summary>
/// Capacity and consumption alerts from an import: the import writes its check in its own transaction, the alert job
/// turns it into messages with the capacity card's code, once per month and step; a re-import of the same file sends
/// nothing again.
/// </summary>
public sealed class ConsumptionAlertTests : IAsyncLifetime
{
    private static readonly CapacityTariffOptions Capacity = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "portal-appsettings.json")).Build()
        .GetSection(CapacityTariffOptions.SectionName).Get<CapacityTariffOptions>()!;

    // 20 November 2026, noon in Oslo.
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 20, 11, 0, 0, TimeSpan.Zero));
    private TestDatabase _database = null!;
    private string _pointId = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var data = await _database.AddDemoCustomersAsync();
        var point = data.MeteringPoints[0].MeteringPoint; // Kari's home
        _pointId = point.MeteringPointId.Value;

        var kari = await _database.Db.People.SingleAsync(p => p.Subject == DemoPeople.Kari);
        var choice = new NotificationChoice(kari.Id, point.CustomerRelationshipId, _clock.Now.UtcDateTime);
        choice.Choose(NotificationKinds.DefaultSms | NotificationKind.CapacityStep | NotificationKind.HighConsumption, NotificationKind.CapacityStep,
            Language.English, capacityMarginKw: null, dailyLimitKwh: 100m, _clock.Now.UtcDateTime);
        _database.Db.NotificationChoices.Add(choice);
        await _database.Db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_capacity_alert_goes_once_when_an_import_raises_the_step_and_not_again_on_a_re_import()
    {
        // October and the first half of November at 1.5 kW: step 1 both months, no alert.
        await ImportAsync(Hours(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 15), _ => 1.5m));
        Assert.Equal(0, await RunAlertsAsync());
        Assert.Empty(await _database.Db.ConsumptionAlertChecks.ToListAsync()); // the check went with its (no) messages

        // Three evenings at 7 kW lift November to the 5–10 kW step.
        var peaks = Hours(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 19), h => h.Hour == 18 ? 7m : 1.5m).ToList();
        await ImportAsync(peaks);
        Assert.Equal(2, await RunAlertsAsync()); // by SMS and by e-mail

        var alerts = await _database.Db.OutboxMessages.Where(m => m.Kind == NotificationKind.CapacityStep).ToListAsync();
        Assert.Equal([NotificationChannel.Sms, NotificationChannel.Email], alerts.Select(m => m.Channel).Order());
        Assert.All(alerts, m => Assert.Contains("capacity step 3 (5–10 kW)", m.Body, StringComparison.Ordinal)); // English, as Kari chose
        Assert.All(alerts, m => Assert.Contains("Fjellveien 12", m.Body, StringComparison.Ordinal));

        // The same file again: nothing changes, nothing is sent.
        await ImportAsync(peaks);
        Assert.Equal(0, await RunAlertsAsync());

        // A corrected file with the same step: the check comes back, and its alert is in the outbox already.
        await ImportAsync(Hours(new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 19), h => h.Hour == 18 ? 8m : 1.5m));
        Assert.Single(await _database.Db.ConsumptionAlertChecks.ToListAsync());
        Assert.Equal(0, await RunAlertsAsync());
        Assert.Equal(2, await _database.Db.OutboxMessages.CountAsync(m => m.Kind == NotificationKind.CapacityStep));
        Assert.Empty(await _database.Db.ConsumptionAlertChecks.ToListAsync());
    }

    [Fact]
    public async Task A_day_above_the_chosen_level_is_told_once_and_only_when_it_is_recent()
    {
        // 5 kW around the clock is 120 kWh a day, above Kari's 100: the 18th and 19th are recent, the 5th is not.
        await ImportAsync(Hours(new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 6), _ => 5m));
        await ImportAsync(Hours(new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 20), _ => 5m));
        await RunAlertsAsync();

        var high = await _database.Db.OutboxMessages.Where(m => m.Kind == NotificationKind.HighConsumption).ToListAsync();
        Assert.Equal(["high:", "high:"], high.Select(m => m.IdempotencyKey[..5]));
        Assert.Equal(2, high.Select(m => m.IdempotencyKey).Distinct().Count()); // the 18th and the 19th, by SMS (e-mail was not chosen)
        Assert.All(high, m => Assert.Contains("120.0 kWh", m.Body, StringComparison.Ordinal));

        await ImportAsync(Hours(new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 20), _ => 5m));
        await RunAlertsAsync();
        Assert.Equal(2, await _database.Db.OutboxMessages.CountAsync(m => m.Kind == NotificationKind.HighConsumption));
    }

    private async Task<int> RunAlertsAsync()
    {
        using var readings = new MeterReadings(_database.Db);
        var (composer, _) = TestMessages.Composer(_database.Db, _clock);
        var alerts = new ConsumptionAlerts(
            _database.Db, readings, new CapacityCharge(Capacity.ToTariff(), Capacity.SumQuarterHoursToHours), new NotificationRecipients(_database.Db),
            composer, _clock, TestMessages.Options, NullLogger<ConsumptionAlerts>.Instance);
        return await alerts.RunAsync(CancellationToken.None);
    }

    private async Task ImportAsync(IEnumerable<string> lines)
    {
        using var readings = new MeterReadings(_database.Db);
        var importer = new MeterValueImporter(
            _database.Db, readings, new MeterValueWriter(_database.Db, clock: _clock), _clock, Options.Create(new MeterValueImportOptions()));
        using var reader = new StringReader(string.Join('\n', [MeterValueCsvFormat.Header, .. lines]));
        var summary = await importer.ImportAsync(reader, progress: null, CancellationToken.None);
        Assert.Empty(summary.Rejections);
    }

    /// <summary>Hourly values from <paramref name="from"/> up to <paramref name="to"/> (Oslo days), kW given per local hour.</summary>
    private IEnumerable<string> Hours(DateOnly from, DateOnly to, Func<DateTime, decimal> kw)
    {
        for (var utc = OsloTime.ToUtc(from); utc < OsloTime.ToUtc(to); utc = utc.AddHours(1))
        {
            var local = OsloTime.ToOffset(utc);
            yield return string.Create(CultureInfo.InvariantCulture, $"{_pointId};{local:yyyy-MM-dd'T'HH:mm:sszzz};PT60M;forbruk;{kw(local.DateTime).ToString("0.000", CultureInfo.GetCultureInfo("nb-NO"))};målt");
        }
    }
}
