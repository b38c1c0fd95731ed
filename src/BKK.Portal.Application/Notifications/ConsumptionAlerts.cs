using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Notifications;

/// <summary>
/// Turns the import's checks (<see cref="ConsumptionAlertCheck"/>) into capacity and consumption alerts, each check
/// in one transaction with its messages. For the metering point's month, with the capacity card's code
/// (<see cref="CapacityCharge"/> over the day sums, <see cref="CapacityHeadroom"/>):
/// <list type="bullet">
/// <item>the step has risen: this month's step is above last month's (the lowest step when there is no last month);
/// one alert per month and step (<c>capacity:{point}:{month}:{step}</c>);</item>
/// <item>the room to the next step is under the margin the person chose: one alert per month and step;</item>
/// <item>a day's consumption above the level the person chose, for the last three days: one alert per day.</item>
/// </list>
/// A re-import of the same file changes no value and writes no check; a corrected one writes the check again, whose
/// alerts (same month and step, same day) are in the outbox already: none is sent twice.
/// A lease lets one instance at a time work the checks.
/// </summary>
public sealed partial class ConsumptionAlerts(
    IPortalDbContext db, IMeterReadings readings, CapacityCharge capacity, NotificationRecipients recipients, MessageComposer composer,
    TimeProvider clock, IOptions<NotificationOptions> options, ILogger<ConsumptionAlerts> logger)
{
    public const string LeaseName = "consumption-alerts";

    /// <summary>How far back a day over the level is still news.</summary>
    public const int HighConsumptionDays = 3;

    private readonly DatabaseLease _lease = new(db, clock, LeaseName, options.Value.LeaseDuration);

    /// <returns>How many messages were written.</returns>
    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await db.ConsumptionAlertChecks.AnyAsync(cancellationToken) ? await _lease.RunAsync(() => WorkChecksAsync(cancellationToken), cancellationToken) : 0;

    private async Task<int> WorkChecksAsync(CancellationToken cancellationToken)
    {
        var written = 0;
        while (await db.ConsumptionAlertChecks.OrderBy(c => c.Month).Take(100).ToListAsync(cancellationToken) is { Count: > 0 } checks)
        {
            foreach (var check in checks)
            {
                await _lease.RenewAsync(cancellationToken);
                var messages = await AlertsAsync(check, cancellationToken);
                written += await composer.AddNewAsync(messages, cancellationToken);
                db.ConsumptionAlertChecks.Remove(check);
                await db.SaveChangesAsync(cancellationToken); // the check goes with its messages, or neither
                db.Entry(check).State = EntityState.Detached;
                foreach (var message in messages)
                {
                    db.Entry(message).State = EntityState.Detached;
                }
            }
        }

        if (written > 0)
        {
            LogWritten(logger, written);
        }

        return written;
    }

    private async Task<List<OutboxMessage>> AlertsAsync(ConsumptionAlertCheck check, CancellationToken cancellationToken)
    {
        var today = OsloTime.Today(clock);
        var point = await db.MeteringPoints.AsNoTracking().Where(p => p.Id == check.MeteringPointKey)
            .Select(p => new { p.Id, p.CustomerRelationshipId, p.Address.Street }).SingleOrDefaultAsync(cancellationToken);
        if (point is null || check.Month != new DateOnly(today.Year, today.Month, 1))
        {
            return []; // the point has gone, or the month is over: no news any more
        }

        var days = await readings.ReadDaysAsync(point.Id, FlowDirection.Consumption, check.Month, check.Month.AddMonths(1), cancellationToken);
        if (days.Count == 0)
        {
            return [];
        }

        var messages = new List<OutboxMessage>();
        var link = composer.Link("/forbruk");
        var month = check.Month;
        var headroom = CapacityHeadroom.Of(capacity.Calculate(month, days), capacity.Tariff);
        var steps = capacity.Tariff.PeriodFor(month).Steps;
        var stepNumber = IndexOf(steps, headroom.Step) + 1;
        var lastMonth = await readings.ReadDaysAsync(point.Id, FlowDirection.Consumption, month.AddMonths(-1), month, cancellationToken);
        var usual = lastMonth.Count > 0 ? capacity.Calculate(month.AddMonths(-1), lastMonth).Step.FromKw : steps[0].FromKw;
        var stepKey = headroom.Step.FromKw.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

        var capacityPeople = await recipients.OfAsync(point.CustomerRelationshipId, NotificationKind.CapacityStep, cancellationToken);
        if (headroom.Step.FromKw > usual)
        {
            messages.AddRange(composer.Compose(capacityPeople, NotificationKind.CapacityStep, $"capacity:{point.Id}:{month:yyyy-MM}:{stepKey}", r => new MessageText(
                NotificationTexts.Get(r.Language, "CapacityStep.Subject"),
                NotificationTexts.Format(r.Language, "CapacityStep.Text", MonthName(r.Language, month), stepNumber, StepLabel(r.Language, headroom.Step), point.Street, link))));
        }

        if (headroom.RoomKw is { } room)
        {
            var near = capacityPeople.Where(r => r.CapacityMarginKw is { } margin && room < margin).ToList();
            messages.AddRange(composer.Compose(near, NotificationKind.CapacityStep, $"capacity-near:{point.Id}:{month:yyyy-MM}:{stepKey}", r => new MessageText(
                NotificationTexts.Get(r.Language, "CapacityNear.Subject"),
                NotificationTexts.Format(r.Language, "CapacityNear.Text", point.Street, room.ToString("0.0", Languages.CultureOf(r.Language)), MonthName(r.Language, month), link))));
        }

        var highPeople = (await recipients.OfAsync(point.CustomerRelationshipId, NotificationKind.HighConsumption, cancellationToken)).Where(r => r.DailyLimitKwh is not null).ToList();
        foreach (var day in days.Where(d => d.Day > today.AddDays(-HighConsumptionDays) && d.Day <= today))
        {
            var kwh = (day.DayRateWh + day.NightRateWh) / 1000m;
            var over = highPeople.Where(r => kwh > r.DailyLimitKwh).ToList();
            messages.AddRange(composer.Compose(over, NotificationKind.HighConsumption, $"high:{point.Id}:{day.Day:yyyy-MM-dd}", r => new MessageText(
                NotificationTexts.Get(r.Language, "HighConsumption.Subject"),
                NotificationTexts.Format(r.Language, "HighConsumption.Text", point.Street, kwh.ToString("0.0", Languages.CultureOf(r.Language)),
                    NotificationTexts.Format(r.Language, "Day", day.Day.ToDateTime(TimeOnly.MinValue)), r.DailyLimitKwh!.Value.ToString("0.#", Languages.CultureOf(r.Language)), link))));
        }

        return messages;
    }

    private static int IndexOf(IReadOnlyList<CapacityStep> steps, CapacityStep step)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] == step)
            {
                return i;
            }
        }

        return 0;
    }

    private static string MonthName(Language language, DateOnly month) => NotificationTexts.Format(language, "Month", month.ToDateTime(TimeOnly.MinValue));

    private static string StepLabel(Language language, CapacityStep step)
    {
        var culture = Languages.CultureOf(language);
        return step.ToKw is { } to
            ? NotificationTexts.Format(language, "Step.Range", step.FromKw.ToString("0.##", culture), to.ToString("0.##", culture))
            : NotificationTexts.Format(language, "Step.Open", step.FromKw.ToString("0.##", culture));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consumption alerts: {Count} messages written to the outbox")]
    private static partial void LogWritten(ILogger logger, int count);
}
