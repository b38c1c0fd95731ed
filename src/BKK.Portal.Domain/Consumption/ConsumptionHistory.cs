namespace BKK.Portal.Domain.Consumption;

/// <summary>How far back the portal shows consumption: three years, from the first of the month (docs/domain.md).</summary>
public static class ConsumptionHistory
{
    public const int YearsShown = 3;

    /// <summary>The first day shown on <paramref name="today"/>: the first of this month, three years back.</summary>
    public static DateOnly Earliest(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddYears(-YearsShown);
}
