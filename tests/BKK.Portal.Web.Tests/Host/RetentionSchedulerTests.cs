using BKK.Portal.Web.Host;

namespace BKK.Portal.Web.Tests.Host;

public sealed class RetentionSchedulerTests
{
    [Theory]
    [InlineData("2026-11-25T10:00:00Z", "03:30", "2026-11-26T02:30:00Z")] // winter: Oslo is UTC+1; today's run has passed
    [InlineData("2026-11-25T02:00:00Z", "03:30", "2026-11-25T02:30:00Z")] // 03:00 in Oslo: today's is still to come
    [InlineData("2026-11-25T02:30:00Z", "03:30", "2026-11-26T02:30:00Z")] // exactly at the time: the next is tomorrow's
    [InlineData("2027-06-01T12:00:00Z", "03:30", "2027-06-02T01:30:00Z")] // summer: UTC+2
    [InlineData("2027-03-27T12:00:00Z", "02:30", "2027-03-28T01:30:00Z")] // 02:30 does not exist that night: an hour later
    [InlineData("2027-10-30T12:00:00Z", "02:30", "2027-10-31T01:30:00Z")] // 02:30 happens twice that night: once, at the second (winter time)
    public void The_daily_run_is_at_the_time_of_day_in_Oslo(string now, string at, string expected)
    {
        var next = RetentionScheduler.NextRun(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }
}
