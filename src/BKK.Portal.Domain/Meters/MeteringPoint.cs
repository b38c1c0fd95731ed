using BKK.Portal.Domain.Prices;

namespace BKK.Portal.Domain.Meters;

/// <summary>A metering point (målepunkt) with the meter installed in it.</summary>
public sealed class MeteringPoint
{
    private MeteringPoint()
    {
        MeteringPointId = null!;
        MeterNumber = string.Empty;
        Address = null!;
    }

    public MeteringPoint(
        MeteringPointId meteringPointId,
        string meterNumber,
        InstallationType installationType,
        MeterType meterType,
        InstallationAddress address,
        MeterResolution resolution,
        DateOnly since,
        PriceArea priceArea = PriceArea.NO5,
        string? gridStation = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(meterNumber);
        MeteringPointId = meteringPointId;
        MeterNumber = meterNumber;
        InstallationType = installationType;
        MeterType = meterType;
        Address = address;
        Resolution = resolution;
        Since = since;
        PriceArea = priceArea;
        GridStation = string.IsNullOrWhiteSpace(gridStation) ? null : gridStation.Trim();
    }

    public int Id { get; private set; }

    public int CustomerRelationshipId { get; private set; }

    public MeteringPointId MeteringPointId { get; private set; }

    /// <summary>The serial number printed on the meter; not the metering point ID.</summary>
    public string MeterNumber { get; private set; }

    public InstallationType InstallationType { get; private set; }

    public MeterType MeterType { get; private set; }

    public InstallationAddress Address { get; private set; }

    /// <summary>The resolution the meter reports in now.</summary>
    public MeterResolution Resolution { get; private set; }

    /// <summary>The day the current resolution started.</summary>
    public DateOnly Since { get; private set; }

    /// <summary>Whether the meter's HAN port is open for the customer's own equipment (closed until they ask).</summary>
    public bool HanPortOpen { get; private set; }

    /// <summary>Customer service opened or closed the HAN port, as the customer asked.</summary>
    public void SetHanPort(bool open) => HanPortOpen = open;

    /// <summary>
    /// Whether the meter sends its values to us. One that does not (no contact with the network, or an old meter) has its
    /// values estimated until the customer reports a reading (<see cref="Requests.RegisterReading"/>).
    /// </summary>
    public bool SendsValues { get; private set; } = true;

    /// <summary>The digits of the meter's kWh register: it rolls over to zero after 10^digits − 1.</summary>
    public int RegisterDigits { get; private set; } = 6;

    /// <summary>The meter has stopped sending values: they are estimated until the customer reads it.</summary>
    public void StopSendingValues() => SendsValues = false;

    /// <summary>The bidding zone whose spot price the power here is settled at (all of BKK's grid is in NO5).</summary>
    public PriceArea PriceArea { get; private set; }

    /// <summary>The grid station (nettstasjon) the metering point is fed from, as the grid's own register names it ("NS-1041").</summary>
    public string? GridStation { get; private set; }
}
