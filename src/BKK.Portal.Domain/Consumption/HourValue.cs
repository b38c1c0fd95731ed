namespace BKK.Portal.Domain.Consumption;

/// <summary>
/// The energy of one whole hour (UTC; Oslo's offsets are whole hours, so it is a local hour
/// too), with how many values made it and how many of them were estimated or missing.
/// </summary>
public readonly record struct HourValue(DateTime StartUtc, long Wh, int Values, int Estimated, int Missing)
{
    public decimal Kwh => Wh / 1000m;
}
