namespace BKK.Portal.Domain.Consumption;

/// <summary>Which series of a metering point: energy taken from the grid, or (prosumers) fed into it.</summary>
public enum FlowDirection
{
    Consumption = 1,
    Production = 2,
}
