namespace BKK.Portal.Application.Prices;

/// <summary>How the whole month was estimated from the month so far (the page says which).</summary>
public enum MonthEstimateMethod
{
    /// <summary>Last year's same month, scaled by how this month so far compares with the same days last year.</summary>
    LastYearScaled = 1,

    /// <summary>No usable last year: the month so far, continued at the same average power to the month's end.</summary>
    SameRateToMonthEnd = 2,
}
