using BKK.Portal.Domain.Common;

namespace BKK.Portal.Domain.Consumption;

/// <summary>One row of the table and one bar of the chart: the energy of an interval of local time.</summary>
public sealed record ConsumptionBucket(DateTime StartUtc, DateTime EndUtc, long Wh, int Values, int Estimated, int Missing, HourValue? PeakHour)
{
    public decimal Kwh => Wh / 1000m;

    public bool HasData => Values > 0;

    public bool HasEstimated => Estimated > 0;

    public bool HasMissing => Missing > 0;

    public DateTime StartLocal => OsloTime.ToLocal(StartUtc);
}
