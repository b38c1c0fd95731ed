using BKK.Portal.Domain.Requests;

namespace BKK.Portal.Domain.Tests.Requests;

/// <summary>The plausibility of a customer's register reading, and how it is spread over the estimates it replaces.</summary>
public sealed class RegisterReadingRulesTests
{
    [Fact]
    public void A_reading_within_the_expected_consumption_is_plausible_and_gives_the_difference()
    {
        var assessment = RegisterReadingRules.Assess(lastKwh: 12_000, readingKwh: 12_350, digits: 6, expectedKwh: 300, days: 30);
        Assert.Equal(new RegisterReadingAssessment(350, false, RegisterReadingCheck.None), assessment);
    }

    [Fact]
    public void A_reading_lower_than_the_last_that_no_roll_over_explains_is_checked()
    {
        var assessment = RegisterReadingRules.Assess(lastKwh: 12_000, readingKwh: 11_900, digits: 6, expectedKwh: 300, days: 30);
        Assert.Equal(new RegisterReadingAssessment(null, false, RegisterReadingCheck.LowerThanLast), assessment);
    }

    [Theory]
    [InlineData(6, 999_950, 120, 170)]
    [InlineData(5, 99_990, 5, 15)]
    [InlineData(6, 999_999, 0, 1)]
    public void A_lower_reading_is_a_roll_over_of_the_register_at_its_digits_when_that_is_plausible(int digits, long last, long reading, long used)
    {
        var assessment = RegisterReadingRules.Assess(last, reading, digits, expectedKwh: 200, days: 20);
        Assert.Equal(new RegisterReadingAssessment(used, true, RegisterReadingCheck.None), assessment);
    }

    [Fact]
    public void The_same_lower_reading_on_a_register_with_more_digits_is_not_a_roll_over()
    {
        // 999 950 → 120 on five digits cannot be (the register never showed 999 950); on seven it would be 9 000 170 kWh.
        Assert.Equal(RegisterReadingCheck.LowerThanLast, RegisterReadingRules.Assess(999_950, 120, 7, 200, 20).Check);
    }

    [Theory]
    [InlineData(300, 30, 900, RegisterReadingCheck.None)] // three times the expected is the limit
    [InlineData(300, 30, 901, RegisterReadingCheck.FarAboveExpected)]
    [InlineData(10, 30, 310, RegisterReadingCheck.None)] // little expected: ten kWh a day above it still pass
    [InlineData(10, 30, 311, RegisterReadingCheck.FarAboveExpected)]
    [InlineData(0, 1, 10, RegisterReadingCheck.None)]
    public void Far_above_the_expected_consumption_is_checked(decimal expected, int days, long used, RegisterReadingCheck check)
    {
        var assessment = RegisterReadingRules.Assess(1_000, 1_000 + used, 6, expected, days);
        Assert.Equal(check, assessment.Check);
        Assert.Equal(used, assessment.ConsumptionKwh);
    }

    [Fact]
    public void Less_than_the_meter_itself_measured_is_checked()
    {
        Assert.Equal(RegisterReadingCheck.BelowMeasured, RegisterReadingRules.Assess(1_000, 1_040, 6, expectedKwh: 100, days: 10, measuredKwh: 50).Check);
        Assert.Equal(RegisterReadingCheck.None, RegisterReadingRules.Assess(1_000, 1_050, 6, expectedKwh: 100, days: 10, measuredKwh: 50).Check);
    }

    [Fact]
    public void A_reading_needs_a_day_between_it_and_the_last() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RegisterReadingRules.Assess(1_000, 1_010, 6, 10, days: 0));

    [Fact]
    public void The_registers_largest_value_has_as_many_nines_as_digits()
    {
        Assert.Equal(99_999, RegisterReadingRules.MaxRegister(5));
        Assert.Equal(999_999, RegisterReadingRules.MaxRegister(6));
        Assert.Equal(170, RegisterReadingRules.Consumption(999_950, 120, 6));
        Assert.Equal(50, RegisterReadingRules.Consumption(1_000, 1_050, 6));
    }

    [Theory]
    [InlineData(new long[] { 100, 200, 300, 400 }, 2_000, new long[] { 200, 400, 600, 800 })]
    [InlineData(new long[] { 1, 1, 1 }, 10, new long[] { 3, 4, 3 })]
    [InlineData(new long[] { 0, 0, 0, 0 }, 10, new long[] { 2, 3, 3, 2 })] // estimates of nothing: evenly (running shares 2.5, 5, 7.5, 10 rounded to even)
    [InlineData(new long[] { 500, 500 }, 0, new long[] { 0, 0 })]
    [InlineData(new long[] { }, 500, new long[] { })]
    public void The_reading_is_spread_over_the_estimates_in_proportion_and_sums_to_the_watt_hour(long[] estimates, long target, long[] expected)
    {
        var spread = RegisterReadingRules.Spread(estimates, target);
        Assert.Equal(expected, spread);
        Assert.Equal(estimates.Length == 0 ? 0 : target, spread.Sum());
    }

    [Fact]
    public void A_month_of_quarter_hours_spreads_to_exactly_the_target()
    {
        var estimates = Enumerable.Range(0, 2_976).Select(i => (long)(137 + (i * 7919 % 1_000))).ToList();
        var spread = RegisterReadingRules.Spread(estimates, 987_654);
        Assert.Equal(987_654, spread.Sum());
        Assert.All(spread, v => Assert.InRange(v, 0, 987_654));
    }

    [Fact]
    public void A_confirmed_unlikely_reading_waits_and_customer_service_approves_or_rejects_it_once()
    {
        var unlikely = RegisterReadingRules.Assess(12_000, 11_900, 6, 300, 30);
        var reading = RegisterReading.FromCustomer(1, new DateOnly(2026, 11, 1), 11_900, unlikely, DateTime.UtcNow);
        Assert.Equal(RegisterReadingState.AwaitingCheck, reading.State);
        Assert.False(reading.Counts);
        reading.Reject(DateTime.UtcNow);
        Assert.Equal(RegisterReadingState.Rejected, reading.State);
        Assert.Throws<InvalidOperationException>(() => reading.Approve(0, DateTime.UtcNow));

        var plausible = RegisterReading.FromCustomer(1, new DateOnly(2026, 11, 1), 12_100, RegisterReadingRules.Assess(12_000, 12_100, 6, 300, 30), DateTime.UtcNow);
        Assert.Equal((RegisterReadingState.Applied, 100L), (plausible.State, plausible.ConsumptionKwh!.Value));
    }
}
