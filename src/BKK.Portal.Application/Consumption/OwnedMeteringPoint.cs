namespace BKK.Portal.Application.Consumption;

/// <summary>
/// A metering point proven to belong to the authorized relationship. Only
/// <see cref="MeteringPointAccess"/> makes one, so reading values by it is always scoped.
/// </summary>
public sealed class OwnedMeteringPoint
{
    internal OwnedMeteringPoint(int key, MeteringPointChoice choice)
    {
        Key = key;
        Choice = choice;
    }

    public int Key { get; }

    public MeteringPointChoice Choice { get; }
}
