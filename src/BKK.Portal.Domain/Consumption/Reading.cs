using BKK.Portal.Domain.Meters;

namespace BKK.Portal.Domain.Consumption;

/// <summary>One interval value as the calculations read it: start (UTC), length, watt-hours, status.</summary>
/// <remarks>
/// Laid out by the runtime (24 bytes, not 32 with the declared order's padding): a month of quarter-hours then
/// stays under the 85,000 bytes of the large object heap, whose every allocation costs a full collection soon.
/// </remarks>
[System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Auto)]
public readonly record struct Reading(DateTime StartUtc, MeterResolution Resolution, long Wh, MeterValueStatus Status)
{
    public DateTime EndUtc => StartUtc.AddMinutes((int)Resolution);
}
