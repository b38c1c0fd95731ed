using BKK.Portal.Application.Access;
using BKK.Portal.Application.Prices;

namespace BKK.Portal.Application.Consumption;

/// <summary>A row of the table: this period's bucket and the bucket in the same place a year earlier.</summary>
public sealed record ConsumptionRow(ConsumptionBucket Bucket, ConsumptionBucket? LastYear);

/// <summary>
/// The Forbruk page: a metering point's values of a period summed to the period's buckets,
/// the same period last year, and the capacity step of every month the period touches (up to
/// today; the running month so far).
/// </summary>
public sealed class ConsumptionQuery(IMeterReadings values, MeteringPointAccess access, CapacityCharge capacity, ISpotPrices spotPrices, GridTariff tariff, TimeProvider clock)
{
    /// <returns>Null when the relationship has no such metering point (the page answers 404).</returns>
    public async Task<ConsumptionView?> GetAsync(
        AuthorizedRelationship relationship, string? meteringPointId, ConsumptionPeriod period, FlowDirection direction, bool withCost, CancellationToken cancellationToken)
    {
        var points = await access.ListAsync(relationship, cancellationToken);
        var point = MeteringPointAccess.Find(points, meteringPointId);
        if (point is null)
        {
            return null;
        }

        if (direction == FlowDirection.Production && !point.Choice.HasProduction)
        {
            direction = FlowDirection.Consumption;
        }

        var today = OsloTime.Today(clock);
        var months = direction == FlowDirection.Consumption
            ? period.Months.Where(m => m <= today).ToList()
            : [];
        var from = months.Count > 0 && months[0] < period.Start ? months[0] : period.Start;
        var to = months.Count > 0 && months[^1].AddMonths(1) > period.End ? months[^1].AddMonths(1) : period.End;

        // The week, month and year views without cost read the day sums the import keeps beside the values (about 30 rows
        // a month instead of about 2,900 quarter-hours); the day view (hours), and the cost (each quarter-hour at its own
        // price), read the values.
        withCost &= direction == FlowDirection.Consumption;
        var lastYear = period.SameLastYear;
        var lastYearEdges = ConsumptionAggregator.Edges(lastYear.Start, lastYear.End, lastYear.BucketSize);
        List<ConsumptionBucket> buckets, lastYearBuckets;
        List<CapacityResult> capacityResults;
        List<Reading> readings = [];
        if (!withCost && period.BucketSize != BucketSize.Hour)
        {
            var days = await values.ReadDaysAsync(point.Key, direction, from, to, cancellationToken);
            var lastYearDays = await values.ReadDaysAsync(point.Key, direction, lastYear.Start, lastYear.End, cancellationToken);
            buckets = ConsumptionAggregator.Aggregate(days, ConsumptionAggregator.Edges(period.Start, period.End, period.BucketSize));
            lastYearBuckets = ConsumptionAggregator.Aggregate(lastYearDays, lastYearEdges).Select(b => b with { PeakHour = null }).ToList();
            capacityResults = months.Select(m => capacity.Calculate(m, days.Where(d => d.Day >= m && d.Day < m.AddMonths(1)).ToList())).ToList();
        }
        else
        {
            // By the hour: the values are summed to hours at once, unless the capacity charge is configured on
            // quarter-hour power, or the cost is priced interval by interval, and the values themselves are needed.
            var needValues = withCost || !capacity.SumsQuarterHoursToHours;
            readings = needValues ? await ReadAsync(point, direction, from, to, cancellationToken) : [];
            var hours = needValues
                ? ConsumptionAggregator.ToHours(readings)
                : await values.ReadHoursAsync(point.Key, direction, OsloTime.ToUtc(from), OsloTime.ToUtc(to), cancellationToken);
            buckets = ConsumptionAggregator.Aggregate(hours, period.Start, period.End, period.BucketSize);
            lastYearBuckets = await values.SumAsync(point.Key, direction, lastYearEdges, cancellationToken);
            capacityResults = months.Select(m => capacity.Calculate(m, readings, hours)).ToList();
        }

        var rows = Align(buckets, lastYearBuckets, period).ToList();
        var cost = withCost ? await CostAsync(point, period, buckets, readings, cancellationToken) : null;
        return new ConsumptionView(points.Select(p => p.Choice).ToList(), point.Choice, period, direction, rows, lastYearBuckets, capacityResults, cost);
    }

    /// <summary>Each bucket's values at their spot prices, and the bucket's average price, incl. VAT.</summary>
    private async Task<ConsumptionCost> CostAsync(OwnedMeteringPoint point, ConsumptionPeriod period, List<ConsumptionBucket> buckets, List<Reading> readings, CancellationToken cancellationToken)
    {
        var fromUtc = OsloTime.ToUtc(period.Start);
        var toUtc = OsloTime.ToUtc(period.End);
        var prices = await spotPrices.ReadAsync(point.PriceArea, fromUtc, toUtc, cancellationToken);
        var vatRate = tariff.PeriodFor(period.Start).VatRate;
        var parts = IntervalPricing.Price(readings.Where(r => r.StartUtc >= fromUtc && r.StartUtc < toUtc).ToList(), prices);
        var costs = new List<BucketCost>(buckets.Count);
        var at = 0;
        foreach (var bucket in buckets)
        {
            decimal nok = 0;
            var priced = true;
            while (at < parts.Count && parts[at].StartUtc < bucket.EndUtc)
            {
                nok += parts[at].SpotNok;
                priced &= parts[at].NokPerKwh is not null;
                at++;
            }

            var average = prices.AverageOver(bucket.StartUtc, bucket.EndUtc);
            costs.Add(new BucketCost(
                bucket.HasData && priced ? Money.Round(nok * (1 + vatRate)) : null,
                average is { } nokPerKwh ? ConsumptionCost.OreInclVat(nokPerKwh, vatRate) : null));
        }

        var dayPrices = period.Kind == PeriodKind.Day ? prices.Between(fromUtc, toUtc).ToList() : [];
        return new ConsumptionCost(costs, dayPrices, vatRate);
    }

    /// <summary>
    /// Each bucket beside last year's bucket at the same local time (a year back; for a week 52
    /// weeks back), not at the same position: on a 23- or 25-hour day, and in a February with
    /// or without the 29th, positions drift apart.
    /// </summary>
    private static IEnumerable<ConsumptionRow> Align(List<ConsumptionBucket> buckets, List<ConsumptionBucket> lastYear, ConsumptionPeriod period)
    {
        var byLocalStart = new Dictionary<DateTime, ConsumptionBucket>();
        foreach (var bucket in lastYear)
        {
            var local = bucket.StartLocal;
            byLocalStart.TryAdd(period.Kind == PeriodKind.Week ? local.AddDays(364) : local.AddYears(1), bucket);
        }

        return buckets.Select(b => new ConsumptionRow(b, byLocalStart.GetValueOrDefault(b.StartLocal)));
    }

    /// <summary>The interval values of one series in local dates [from, to), in order of start.</summary>
    public Task<List<Reading>> ReadAsync(OwnedMeteringPoint point, FlowDirection direction, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        values.ReadAsync(point.Key, direction, OsloTime.ToUtc(from), OsloTime.ToUtc(to), cancellationToken);
}
