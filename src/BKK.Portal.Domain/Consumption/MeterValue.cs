using BKK.Portal.Domain.Meters;

namespace BKK.Portal.Domain.Consumption;

/// <summary>
/// One interval value of a metering point. Stored as whole watt-hours, which is exactly the
/// three decimals of kWh that Elhub reports, and sums exactly in every database.
/// </summary>
public sealed class MeterValue
{
    private MeterValue()
    {
    }

    public MeterValue(int meteringPointKey, DateTime startUtc, MeterResolution resolution, long quantityWh, MeterValueStatus status, FlowDirection direction = FlowDirection.Consumption)
    {
        if (startUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Interval starts are stored in UTC.", nameof(startUtc));
        }

        MeteringPointKey = meteringPointKey;
        StartUtc = startUtc;
        Resolution = resolution;
        QuantityWh = quantityWh;
        Status = status;
        Direction = direction;
    }

    public int MeteringPointKey { get; private set; }

    public FlowDirection Direction { get; private set; }

    public DateTime StartUtc { get; private set; }

    public MeterResolution Resolution { get; private set; }

    public long QuantityWh { get; private set; }

    public MeterValueStatus Status { get; private set; }

    public decimal EnergyKwh => QuantityWh / 1000m;
}
