namespace BKK.Portal.Application.Consumption;

/// <summary>One stored meter value of either series, at full resolution, as the exports write it.</summary>
public readonly record struct ExportValue(FlowDirection Direction, DateTime StartUtc, MeterResolution Resolution, long Wh, MeterValueStatus Status);
