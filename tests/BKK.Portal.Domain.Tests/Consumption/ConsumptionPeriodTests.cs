using BKK.Portal.Domain.Consumption;

namespace BKK.Portal.Domain.Tests.Consumption;

public class ConsumptionPeriodTests
{
    [Fact]
    public void A_week_runs_from_monday_to_sunday()
    {
        var week = ConsumptionPeriod.Containing(PeriodKind.Week, new DateOnly(2026, 11, 25)); // a Wednesday

        Assert.Equal(new DateOnly(2026, 11, 23), week.Start);
        Assert.Equal(new DateOnly(2026, 11, 30), week.End);
        Assert.Equal(new DateOnly(2026, 11, 16), week.Previous.Start);
        Assert.Equal(new DateOnly(2026, 11, 30), week.Next.Start);
        Assert.Equal([new DateOnly(2026, 11, 1)], week.Months);
    }

    [Fact]
    public void A_week_across_two_months_touches_both()
    {
        var week = ConsumptionPeriod.Containing(PeriodKind.Week, new DateOnly(2026, 12, 1));

        Assert.Equal([new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1)], week.Months);
    }

    [Theory]
    [InlineData(PeriodKind.Day, "2026-03-01", "2026-02-28", "2026-03-02", "2025-03-01")]
    [InlineData(PeriodKind.Month, "2026-03-31", "2026-02-01", "2026-04-01", "2025-03-01")]
    [InlineData(PeriodKind.Year, "2026-07-14", "2025-01-01", "2027-01-01", "2025-01-01")]
    public void Periods_step_back_and_forth_and_a_year_back(PeriodKind kind, string date, string previous, string next, string lastYear)
    {
        var period = ConsumptionPeriod.Containing(kind, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(previous, period.Previous.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(next, period.Next.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(lastYear, period.SameLastYear.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_same_week_last_year_has_the_same_weekdays()
    {
        var week = ConsumptionPeriod.Containing(PeriodKind.Week, new DateOnly(2026, 11, 25));

        Assert.Equal(DayOfWeek.Monday, week.SameLastYear.Start.DayOfWeek);
        Assert.Equal(364, week.Start.DayNumber - week.SameLastYear.Start.DayNumber);
    }
}
