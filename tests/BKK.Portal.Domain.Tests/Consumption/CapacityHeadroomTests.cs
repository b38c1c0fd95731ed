using BKK.Portal.Domain.Consumption;

namespace BKK.Portal.Domain.Tests.Consumption;

public class CapacityHeadroomTests
{
    private static readonly DateOnly November = new(2026, 11, 1);

    private static readonly CapacityTariff Tariff = new([
        new CapacityTariffPeriod(new DateOnly(2022, 7, 1), [
            new CapacityStep(0, 2, 125),
            new CapacityStep(2, 5, 206),
            new CapacityStep(5, 10, 350),
            new CapacityStep(10, 15, 494),
            new CapacityStep(15, null, 638),
        ]),
    ]);

    private static IReadOnlyList<CapacityStep> Steps => Tariff.Periods[0].Steps;

    /// <summary>An hour of <paramref name="wh"/> watt-hours on a day of November 2026.</summary>
    private static HourValue Hour(int day, long wh, int hour = 18) => new(Readings.Local(2026, 11, day, hour), wh, 1, 0, 0);

    private static CapacityResult Month(HourValue[] hours) => CapacityStepCalculator.Calculate(November, hours, Tariff);

    private static CapacityHeadroom Headroom(HourValue[] hours) => CapacityHeadroom.Of(Month(hours), Tariff);

    [Fact]
    public void An_average_of_exactly_5_kw_is_at_the_bottom_of_the_5_to_10_kw_step_with_5_kw_of_room()
    {
        var headroom = Headroom([Hour(3, 5000), Hour(4, 5000), Hour(5, 5000)]);

        Assert.Equal(5.00m, headroom.AverageKw);
        Assert.Equal(Steps[2], headroom.Step);
        Assert.Equal(0m, headroom.AboveLowerKw);
        Assert.Equal(5.00m, headroom.RoomKw);
        Assert.Equal(Steps[3], headroom.NextStep);
        Assert.Equal(new CapacityStep(10, 15, 494), headroom.NextStep);
    }

    [Fact]
    public void An_average_of_4_999_kw_is_0_001_kw_below_the_5_to_10_kw_step()
    {
        var headroom = Headroom([Hour(3, 5000), Hour(4, 5000), Hour(5, 4997)]); // 14.997 kWh

        Assert.Equal(4.999m, headroom.AverageKw);
        Assert.Equal(Steps[1], headroom.Step);
        Assert.Equal(0.001m, headroom.RoomKw);
        Assert.Equal(2.999m, headroom.AboveLowerKw);
        Assert.Equal(Steps[2], headroom.NextStep);
    }

    [Fact]
    public void An_average_of_5_12_kw_is_0_12_kw_over_the_boundary()
    {
        var headroom = Headroom([Hour(3, 5200), Hour(4, 5100), Hour(5, 5060)]); // 15.36 kWh

        Assert.Equal(5.12m, headroom.AverageKw);
        Assert.Equal(Steps[2], headroom.Step);
        Assert.Equal(0.12m, headroom.AboveLowerKw);
        Assert.Equal(4.88m, headroom.RoomKw);
    }

    [Fact]
    public void With_three_peaks_the_hour_that_moves_up_replaces_the_lowest_of_them()
    {
        HourValue[] hours = [Hour(2, 500, 3), Hour(2, 6200), Hour(3, 3900), Hour(4, 2700), Hour(5, 900)];

        var headroom = Headroom(hours);

        Assert.Equal(Steps[1], headroom.Step); // 12.8 kWh / 3 ≈ 4.27 kW
        Assert.Equal((3 * 5m) - 12.8m + 2.7m, headroom.HourThatMovesUpKwh);
        Assert.Equal(4.9m, headroom.HourThatMovesUpKwh);

        // An hour of that size on a day not yet among the peaks (the 20th) lifts the average to 5 kW; a watt-hour less does not.
        var wh = (long)(headroom.HourThatMovesUpKwh.GetValueOrDefault() * 1000);
        var moved = Month([.. hours, Hour(20, wh)]);
        var notMoved = Month([.. hours, Hour(20, wh - 1)]);

        Assert.Equal(5m, moved.AverageKw);
        Assert.Equal(Steps[2], moved.Step);
        Assert.Equal(Steps[1], notMoved.Step);
    }

    [Fact]
    public void With_fewer_than_three_days_the_hour_that_moves_up_joins_the_average()
    {
        HourValue[] hours = [Hour(10, 3000)];

        var headroom = Headroom(hours);

        Assert.Equal(Steps[1], headroom.Step);
        Assert.Equal(1m, headroom.AboveLowerKw);
        Assert.Equal(2m, headroom.RoomKw);
        Assert.Equal((5m * 2) - 3m, headroom.HourThatMovesUpKwh);
        Assert.Equal(7m, headroom.HourThatMovesUpKwh);

        var wh = (long)(headroom.HourThatMovesUpKwh.GetValueOrDefault() * 1000);
        var moved = Month([.. hours, Hour(11, wh)]);
        var notMoved = Month([.. hours, Hour(11, wh - 1)]);

        Assert.Equal(5m, moved.AverageKw);
        Assert.Equal(Steps[2], moved.Step);
        Assert.Equal(Steps[1], notMoved.Step);
    }

    [Fact]
    public void A_month_without_values_moves_up_with_one_hour_at_the_first_boundary()
    {
        var headroom = Headroom([]);

        Assert.Equal(Steps[0], headroom.Step);
        Assert.Equal(0m, headroom.AverageKw);
        Assert.Equal(2m, headroom.RoomKw);
        Assert.Equal(2m, headroom.HourThatMovesUpKwh);
        Assert.Equal(Steps[1], Month([Hour(1, 2000)]).Step);
    }

    [Fact]
    public void The_top_step_has_no_room_no_next_step_and_no_hour_that_moves_up()
    {
        var headroom = Headroom([Hour(3, 17000), Hour(4, 16000), Hour(5, 15000)]);

        Assert.Equal(16m, headroom.AverageKw);
        Assert.Equal(Steps[4], headroom.Step);
        Assert.Equal(638m, headroom.Step.MonthlyPriceNok);
        Assert.Equal(1m, headroom.AboveLowerKw);
        Assert.Null(headroom.RoomKw);
        Assert.Null(headroom.NextStep);
        Assert.Null(headroom.HourThatMovesUpKwh);
    }
}
