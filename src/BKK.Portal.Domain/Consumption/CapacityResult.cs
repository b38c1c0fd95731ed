namespace BKK.Portal.Domain.Consumption;

/// <summary>The capacity step of one month and what it was chosen from.</summary>
public sealed record CapacityResult(DateOnly Month, IReadOnlyList<CapacityPeak> Peaks, decimal AverageKw, CapacityStep Step)
{
    public bool HasEstimatedPeak => Peaks.Any(p => p.Estimated);
}
