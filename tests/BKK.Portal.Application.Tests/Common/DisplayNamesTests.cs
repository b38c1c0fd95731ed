using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Application.Common;

namespace BKK.Portal.Application.Tests.Common;

public sealed class DisplayNamesTests
{
    [Fact]
    public void The_two_hours_from_02_00_on_the_day_clocks_go_back_are_told_apart()
    {
        var day = new DateOnly(2026, 10, 25);
        var edges = ConsumptionAggregator.Edges(day, day.AddDays(1), BucketSize.Hour);
        var labels = edges.Zip(edges.Skip(1), (from, to) => DisplayNames.BucketLabel(new ConsumptionBucket(from, to, 0, 0, 0, 0, null), BucketSize.Hour)).ToList();

        Assert.Equal(25, labels.Count);
        Assert.Equal(["02–03 (sommertid)", "02–03 (normaltid)"], labels.Where(l => l.StartsWith("02–03", StringComparison.Ordinal)));
        Assert.Equal(25, labels.Distinct().Count());
        Assert.Equal("00–01", labels[0]);
    }

    [Theory]
    [InlineData("4.99967", "4,99 kW")]
    [InlineData("5", "5,00 kW")]
    public void Capacity_averages_are_cut_not_rounded_into_the_next_step(string kw, string shown) =>
        Assert.Equal(shown, DisplayNames.Kw(decimal.Parse(kw, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Oslo_offset_is_written_with_the_instant() =>
        Assert.Equal(TimeSpan.FromHours(2), OsloTime.ToOffset(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc)).Offset);
}
