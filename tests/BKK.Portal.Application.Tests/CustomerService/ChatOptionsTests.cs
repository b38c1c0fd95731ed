using BKK.Portal.Application.CustomerService;

namespace BKK.Portal.Application.Tests.CustomerService;

public class ChatOptionsTests
{
    private static DateTimeOffset Oslo(int year, int month, int day, int hour, int minute) =>
        new DateTimeOffset(new DateTime(year, month, day, hour, minute, 0), TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo").GetUtcOffset(new DateTime(year, month, day, hour, minute, 0)));

    [Theory]
    [InlineData(2026, 11, 30, 7, 59, false)] // Monday, before opening
    [InlineData(2026, 11, 30, 8, 0, true)]
    [InlineData(2026, 11, 30, 15, 29, true)]
    [InlineData(2026, 11, 30, 15, 30, false)]
    [InlineData(2026, 11, 29, 12, 0, false)] // Sunday
    [InlineData(2026, 12, 25, 12, 0, false)] // Christmas Day, a Friday
    [InlineData(2027, 3, 25, 12, 0, false)] // Maundy Thursday 2027
    [InlineData(2026, 5, 14, 12, 0, false)] // Ascension Day 2026
    [InlineData(2026, 3, 30, 8, 30, true)] // the Monday after the clocks went forward: Oslo time, not UTC
    public void The_chat_is_staffed_on_weekdays_in_opening_hours_oslo_time_and_not_on_public_holidays(int year, int month, int day, int hour, int minute, bool open) =>
        Assert.Equal(open, new ChatOptions().IsOpenAt(Oslo(year, month, day, hour, minute)));

    [Fact]
    public void Always_open_is_open_on_a_holiday_night_and_a_wrong_setting_is_refused()
    {
        Assert.True(new ChatOptions { AlwaysOpen = true }.IsOpenAt(Oslo(2026, 12, 25, 3, 0)));
        Assert.Throws<InvalidOperationException>(() => new ChatOptions { Opens = new TimeOnly(16, 0), Closes = new TimeOnly(8, 0) }.EnsureValid());
        Assert.Throws<InvalidOperationException>(() => new ChatOptions { MessagesPerWindow = 0 }.EnsureValid());
    }
}
