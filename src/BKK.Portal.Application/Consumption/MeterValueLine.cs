namespace BKK.Portal.Application.Consumption;

/// <summary>One line of a meter value file, parsed and checked, before its metering point is looked up.</summary>
public readonly record struct MeterValueLine(
    string MeteringPointId, DateTime StartUtc, MeterResolution Resolution, FlowDirection Direction, long Wh, MeterValueStatus Status);
