using System.Diagnostics;
using BKK.Portal.Application.Invoices;
using BKK.Portal.Infrastructure.Consumption;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Infrastructure.Prices;
using Microsoft.Extensions.Logging;

namespace BKK.Portal.Infrastructure.DemoData;

/// <summary>Writes the demo data into an empty database, all of it or nothing (one transaction).</summary>
public sealed partial class DemoDataSeeder(
    PortalDbContext db, TimeProvider clock, ILogger<DemoDataSeeder> logger, MonthlyBilling? billing = null, PaymentDeferralRules? deferralRules = null, PriceSupportRules? support = null)
{
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.People.AnyAsync(cancellationToken))
        {
            return false;
        }

        var stopwatch = Stopwatch.StartNew();
        var today = OsloTime.Today(clock);
        var data = DemoDataGenerator.Create(today);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.People.AddRange(data.People);
        db.CustomerRelationships.AddRange(data.Relationships);
        db.AccessGrants.AddRange(data.Grants);
        await db.SaveChangesAsync(cancellationToken);

        var from = ConsumptionHistory.Earliest(today);
        var values = data.MeteringPoints.SelectMany(p =>
            MeterValueSeries.Generate(p.MeteringPoint.Id, p.Kind, p.Seed, from, today, p.QuarterHourFrom, estimatedFrom: p.StoppedSending)
                .Concat(p.Solar
                    ? MeterValueSeries.Generate(p.MeteringPoint.Id, ConsumptionKind.Solar, p.Seed, from, today, p.QuarterHourFrom, FlowDirection.Production)
                    : []));
        long count = 0;
        await using (var store = await MeterValueStore.OpenAsync(db, cancellationToken))
        {
            foreach (var value in values)
            {
                await store.InsertAsync(value, cancellationToken);
                count++;
            }

            await store.FlushAsync(cancellationToken);
        }

        // The demo's prices: NO5 (every demo metering point) from the first month of history to tomorrow,
        // whose day-ahead prices are published the day before.
        var priceDays = SyntheticSpotPrices.Days(PriceArea.NO5, from, today.AddDays(2)).ToList();
        await new SpotPriceWriter(db).WriteAsync(priceDays, cancellationToken);

        // Written value by value above, not through the import: the day sums of every series from its values and prices.
        await new MeterDaySumWriter(db, support).RebuildAsync(cancellationToken);

        await SeedLastReadingsAsync(data, cancellationToken);
        var invoices = billing is null ? 0 : await DemoInvoices.CreateAsync(db, data, billing, deferralRules ?? PaymentDeferralRules.Example, today, cancellationToken);
        await DemoInquiries.CreateAsync(db, data, today, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        LogSeeded(logger, data.People.Count, data.MeteringPoints.Count, count, invoices, stopwatch.ElapsedMilliseconds);
        return true;
    }

    /// <summary>The register a meter that stopped sending showed on its last day of values: where the customer's readings start.</summary>
    private async Task SeedLastReadingsAsync(DemoDataSet data, CancellationToken cancellationToken)
    {
        foreach (var point in data.MeteringPoints.Where(p => p.StoppedSending is not null))
        {
            var stopped = point.StoppedSending!.Value;
            var stoppedUtc = OsloTime.ToUtc(stopped);
            var countedWh = await db.MeterValues
                .Where(v => v.MeteringPointKey == point.MeteringPoint.Id && v.Direction == FlowDirection.Consumption && v.StartUtc < stoppedUtc)
                .SumAsync(v => v.QuantityWh, cancellationToken);
            db.RegisterReadings.Add(new Domain.Requests.RegisterReading(
                point.MeteringPoint.Id, stopped, DemoDataGenerator.CabinRegisterBase + (countedWh / 1000), Domain.Requests.RegisterReadingSource.Meter, clock.GetUtcNow().UtcDateTime));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data seeded: {People} people, {MeteringPoints} metering points, {MeterValues} meter values, {Invoices} invoices in {ElapsedMs} ms")]
    private static partial void LogSeeded(ILogger logger, int people, int meteringPoints, long meterValues, int invoices, long elapsedMs);
}
