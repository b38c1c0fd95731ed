namespace BKK.Portal.Application.Consumption;

/// <summary>What the Forbruk page shows for one metering point, series and period.</summary>
public sealed record ConsumptionView(
    IReadOnlyList<MeteringPointChoice> MeteringPoints,
    MeteringPointChoice MeteringPoint,
    ConsumptionPeriod Period,
    FlowDirection Direction,
    IReadOnlyList<ConsumptionRow> Rows,
    IReadOnlyList<ConsumptionBucket> LastYear,
    IReadOnlyList<CapacityResult> Capacity,
    ConsumptionCost? Cost = null)
{
    public decimal TotalKwh => Rows.Sum(r => r.Bucket.Kwh);

    /// <summary>The whole same period last year, also the hours and days that have no row this year (29 February, a 25-hour day).</summary>
    public decimal? LastYearTotalKwh => LastYear.Any(b => b.HasData) ? LastYear.Sum(b => b.Kwh) : null;

    public bool HasEstimated => Rows.Any(r => r.Bucket.HasEstimated);

    public bool HasMissing => Rows.Any(r => r.Bucket.HasMissing);
}
