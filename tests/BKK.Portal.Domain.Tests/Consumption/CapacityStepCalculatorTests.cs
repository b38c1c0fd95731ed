using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Meters;

namespace BKK.Portal.Domain.Tests.Consumption;

public class CapacityStepCalculatorTests
{
    /// <summary>The example table of docs/domain.md (kr/month incl. VAT).</summary>
    public static readonly CapacityTariff Example = new([
        new CapacityTariffPeriod(new DateOnly(2022, 7, 1), [
            new CapacityStep(0, 2, 125),
            new CapacityStep(2, 5, 206),
            new CapacityStep(5, 10, 350),
            new CapacityStep(10, 15, 494),
            new CapacityStep(15, 20, 638),
            new CapacityStep(20, 25, 781),
            new CapacityStep(25, null, 1400),
        ]),
    ]);

    private static readonly DateOnly January = new(2026, 1, 1);

    private static List<Reading> QuietJanuary(MeterResolution resolution = MeterResolution.Hour) =>
        Readings.Days(January, January.AddMonths(1), resolution, wh: 500 * (int)resolution / 60);

    [Fact]
    public void Two_highest_hours_on_the_same_day_count_once()
    {
        var readings = QuietJanuary();
        Readings.Set(readings, Readings.Local(2026, 1, 5, 17), 9000);
        Readings.Set(readings, Readings.Local(2026, 1, 5, 18), 8000); // same day: not a second peak
        Readings.Set(readings, Readings.Local(2026, 1, 12, 7), 6000);
        Readings.Set(readings, Readings.Local(2026, 1, 20, 21), 3000);

        var result = CapacityStepCalculator.Calculate(January, ConsumptionAggregator.ToHours(readings), Example);

        Assert.Equal([9000L, 6000L, 3000L], result.Peaks.Select(p => p.Wh));
        Assert.Equal([5, 12, 20], result.Peaks.Select(p => p.Date.Day));
        Assert.Equal(6m, result.AverageKw);
        Assert.Equal(350m, result.Step.MonthlyPriceNok);
    }

    [Fact]
    public void Exactly_5_kw_is_in_the_5_to_10_kw_step()
    {
        var readings = QuietJanuary();
        Readings.Set(readings, Readings.Local(2026, 1, 3, 8), 5000);
        Readings.Set(readings, Readings.Local(2026, 1, 4, 8), 5000);
        Readings.Set(readings, Readings.Local(2026, 1, 5, 8), 5000);

        var result = CapacityStepCalculator.Calculate(January, ConsumptionAggregator.ToHours(readings), Example);

        Assert.Equal(5.00m, result.AverageKw);
        Assert.Equal(5m, result.Step.FromKw);
        Assert.Equal(350m, result.Step.MonthlyPriceNok);
    }

    [Fact]
    public void Just_under_5_kw_is_in_the_2_to_5_kw_step()
    {
        var readings = QuietJanuary();
        Readings.Set(readings, Readings.Local(2026, 1, 3, 8), 5000);
        Readings.Set(readings, Readings.Local(2026, 1, 4, 8), 5000);
        Readings.Set(readings, Readings.Local(2026, 1, 5, 8), 4999);

        var result = CapacityStepCalculator.Calculate(January, ConsumptionAggregator.ToHours(readings), Example);

        Assert.True(result.AverageKw < 5m);
        Assert.Equal(206m, result.Step.MonthlyPriceNok);
    }

    [Fact]
    public void Quarter_hours_are_summed_to_whole_hours_before_the_peaks_are_chosen()
    {
        var readings = QuietJanuary(MeterResolution.QuarterHour);
        // 12 kW for ten minutes is 2 kWh in one quarter-hour; the hour it is in sums to 2.375 kWh.
        Readings.Set(readings, Readings.Local(2026, 1, 8, 17, 15), 2000);

        var result = CapacityStepCalculator.Calculate(January, ConsumptionAggregator.ToHours(readings), Example);

        Assert.Equal(2375, result.Peaks[0].Wh);
        Assert.Equal(Readings.Local(2026, 1, 8, 17), result.Peaks[0].HourStartUtc);
    }

    [Fact]
    public void Quarter_hour_power_can_be_chosen_instead_of_summed_hours()
    {
        var readings = QuietJanuary(MeterResolution.QuarterHour);
        Readings.Set(readings, Readings.Local(2026, 1, 8, 17, 15), 2000);

        var result = CapacityStepCalculator.Calculate(January, ConsumptionAggregator.ToHourlyPower(readings), Example);

        Assert.Equal(8000, result.Peaks[0].Wh);
    }

    [Fact]
    public void A_month_that_switches_to_quarter_hours_takes_peaks_from_both_parts()
    {
        var switchDay = new DateOnly(2026, 1, 16);
        var readings = Readings.Days(January, switchDay, MeterResolution.Hour, wh: 500);
        readings.AddRange(Readings.Days(switchDay, January.AddMonths(1), MeterResolution.QuarterHour, wh: 125));
        Readings.Set(readings, Readings.Local(2026, 1, 10, 19), 7000);
        foreach (var minute in new[] { 0, 15, 30, 45 })
        {
            Readings.Set(readings, Readings.Local(2026, 1, 20, 7, minute), 1500);
        }

        var result = CapacityStepCalculator.Calculate(January, ConsumptionAggregator.ToHours(readings), Example);

        Assert.Equal([7000L, 6000L, 500L], result.Peaks.Select(p => p.Wh));
        Assert.Equal(new DateOnly(2026, 1, 20), result.Peaks[1].Date);
    }

    [Fact]
    public void An_estimated_peak_is_flagged()
    {
        var readings = QuietJanuary();
        Readings.Set(readings, Readings.Local(2026, 1, 9, 9), 4000, MeterValueStatus.Estimated);

        var result = CapacityStepCalculator.Calculate(January, ConsumptionAggregator.ToHours(readings), Example);

        Assert.True(result.Peaks[0].Estimated);
        Assert.True(result.HasEstimatedPeak);
    }

    [Fact]
    public void Hours_outside_the_month_do_not_count()
    {
        var readings = Readings.Days(new DateOnly(2025, 12, 31), new DateOnly(2026, 2, 2), MeterResolution.Hour, wh: 500);
        Readings.Set(readings, Readings.Local(2025, 12, 31, 23), 20_000);
        Readings.Set(readings, Readings.Local(2026, 2, 1, 0), 20_000);

        var result = CapacityStepCalculator.Calculate(January, ConsumptionAggregator.ToHours(readings), Example);

        Assert.Equal(0.5m, result.AverageKw);
        Assert.Equal(125m, result.Step.MonthlyPriceNok);
    }

    [Fact]
    public void The_step_comes_from_the_table_in_force_that_month()
    {
        var tariff = new CapacityTariff([
            Example.Periods[0],
            new CapacityTariffPeriod(new DateOnly(2026, 1, 1), [new CapacityStep(0, 5, 150), new CapacityStep(5, null, 500)]),
        ]);

        Assert.Equal(206m, tariff.StepFor(new DateOnly(2025, 12, 1), 3m).MonthlyPriceNok);
        Assert.Equal(150m, tariff.StepFor(new DateOnly(2026, 1, 1), 3m).MonthlyPriceNok);
    }

    [Fact]
    public void A_table_with_a_gap_between_steps_is_refused() =>
        Assert.Throws<ArgumentException>(() => new CapacityTariff([
            new CapacityTariffPeriod(new DateOnly(2022, 7, 1), [new CapacityStep(0, 2, 125), new CapacityStep(3, null, 206)]),
        ]));
}
