namespace BKK.Portal.Application.Consumption;

/// <summary>
/// A metering point proven to belong to the authorized relationship. Only
/// <see cref="MeteringPointAccess"/> makes one, so reading values by it is always scoped.
/// </summary>
public sealed class OwnedMeteringPoint
{
    internal OwnedMeteringPoint(int key, MeteringPointChoice choice, PriceArea priceArea)
    {
        Key = key;
        Choice = choice;
        PriceArea = priceArea;
    }

    public int Key { get; }

    public MeteringPointChoice Choice { get; }

    /// <summary>The bidding zone the power here is settled in.</summary>
    public PriceArea PriceArea { get; }
}
