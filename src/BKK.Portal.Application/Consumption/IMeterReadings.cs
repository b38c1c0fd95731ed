namespace BKK.Portal.Application.Consumption;

/// <summary>
/// The one reader of stored meter values. Reads one series of a metering point in a UTC range,
/// in order of start: the hot path of the Forbruk page (a year of quarter-hours is 35,000 values)
/// and of the import, which reads a day before it writes it. Filled by the infrastructure, which
/// reads SQLite directly and other providers through EF Core.
/// </summary>
public interface IMeterReadings
{
    Task<List<Reading>> ReadAsync(int meteringPointKey, FlowDirection direction, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);

    /// <summary>The start of the series' first value at or after <paramref name="fromUtc"/>, or null when there is none (one seek on the key).</summary>
    Task<DateTime?> FirstStartAsync(int meteringPointKey, FlowDirection direction, DateTime fromUtc, CancellationToken cancellationToken);

    /// <summary>
    /// The same values summed to whole hours, exactly as <see cref="ConsumptionAggregator.ToHours"/>
    /// sums them.
    /// </summary>
    Task<List<HourValue>> ReadHoursAsync(int meteringPointKey, FlowDirection direction, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Totals between consecutive <paramref name="edges"/> (UTC), as
    /// <see cref="ConsumptionAggregator.Aggregate(IReadOnlyList{HourValue}, IReadOnlyList{DateTime})"/> makes them but without the peak hour: for
    /// last year's comparison, where only the sums are shown, summed by the database.
    /// </summary>
    Task<List<ConsumptionBucket>> SumAsync(int meteringPointKey, FlowDirection direction, IReadOnlyList<DateTime> edges, CancellationToken cancellationToken);

    /// <summary>
    /// Every value of both series in [fromUtc, toUtc), consumption first and then production, each
    /// in order of start, streamed one row at a time (the exports: several years never sit in memory
    /// at once). <see cref="DateTime.MinValue"/> and <see cref="DateTime.MaxValue"/> give all of them.
    /// </summary>
    IAsyncEnumerable<ExportValue> StreamAsync(int meteringPointKey, DateTime fromUtc, DateTime toUtc);

    /// <summary>The total watt-hours of one series per metering point over the Oslo days [from, to), from their day sums; a point without values is left out.</summary>
    Task<IReadOnlyDictionary<int, long>> SumPerPointAsync(IReadOnlyCollection<int> meteringPointKeys, FlowDirection direction, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>The day sums of one series over the Oslo days [from, to), in order of day; a day without values has none.</summary>
    Task<List<MeterDaySum>> ReadDaysAsync(int meteringPointKey, FlowDirection direction, DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>Which of these metering points have any value of the series (a prosumer's production).</summary>
    Task<IReadOnlySet<int>> WithSeriesAsync(IReadOnlyCollection<int> meteringPointKeys, FlowDirection direction, CancellationToken cancellationToken);
}
