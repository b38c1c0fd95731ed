namespace BKK.Portal.Domain.Consumption;

/// <summary>The steps that apply from a date on, until the next period of the table.</summary>
public sealed record CapacityTariffPeriod(DateOnly ValidFrom, IReadOnlyList<CapacityStep> Steps);
