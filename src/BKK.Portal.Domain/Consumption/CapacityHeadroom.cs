namespace BKK.Portal.Domain.Consumption;

/// <summary>
/// The capacity step to watch in a running month: where the average of the three highest days stands
/// in its step. <see cref="AboveLowerKw"/> is how far the average is above the step's lower boundary
/// ("0,12 kW over grensen til trinn 5–10 kW"); <see cref="RoomKw"/> how much it may rise before it
/// reaches the next step (an average exactly on a boundary is in the upper step, so a rise of the whole
/// room moves it up); <see cref="HourThatMovesUpKwh"/> the hourly value that would do it on a day that is
/// not yet among the peaks. The top step has no room and no next step.
/// </summary>
public sealed record CapacityHeadroom(CapacityResult Result, CapacityStep? NextStep, decimal AboveLowerKw, decimal? RoomKw, decimal? HourThatMovesUpKwh)
{
    public CapacityStep Step => Result.Step;

    public decimal AverageKw => Result.AverageKw;

    public static CapacityHeadroom Of(CapacityResult result, CapacityTariff tariff)
    {
        var above = result.AverageKw - result.Step.FromKw;
        if (result.Step.ToKw is not { } boundary)
        {
            return new CapacityHeadroom(result, null, above, null, null);
        }

        // The tariff is checked to have no gaps: the next step starts where this one ends.
        var next = tariff.PeriodFor(result.Month).Steps.First(s => s.FromKw == boundary);

        // A new day's peak joins the average while there are fewer than three, and replaces the lowest after.
        var peaks = result.Peaks;
        var sumKwh = peaks.Sum(p => p.Kwh);
        var hour = peaks.Count < CapacityStepCalculator.PeakDays
            ? (boundary * (peaks.Count + 1)) - sumKwh
            : (boundary * CapacityStepCalculator.PeakDays) - sumKwh + peaks.Min(p => p.Kwh);
        return new CapacityHeadroom(result, next, above, boundary - result.AverageKw, hour);
    }
}
