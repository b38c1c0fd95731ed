using BKK.Portal.Domain.Meters;

namespace BKK.Portal.Domain.Consumption;

/// <summary>One interval value as the calculations read it: start (UTC), length, watt-hours, status.</summary>
public readonly record struct Reading(DateTime StartUtc, MeterResolution Resolution, long Wh, MeterValueStatus Status)
{
    public DateTime EndUtc => StartUtc.AddMinutes((int)Resolution);
}
