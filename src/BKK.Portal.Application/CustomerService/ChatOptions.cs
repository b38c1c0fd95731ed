namespace BKK.Portal.Application.CustomerService;

/// <summary>The <c>Chat</c> section: when the chat is staffed (Oslo time; closed on Norwegian public holidays) and its limits.</summary>
public sealed class ChatOptions
{
    public const string SectionName = "Chat";

    public TimeOnly Opens { get; set; } = new(8, 0);

    public TimeOnly Closes { get; set; } = new(15, 30);

    public List<DayOfWeek> Days { get; set; } = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Staffed at every hour and on every day (a test environment, or a 24/7 service).</summary>
    public bool AlwaysOpen { get; set; }

    /// <summary>How many messages one side may send in <see cref="RateWindow"/>.</summary>
    public int MessagesPerWindow { get; set; } = 5;

    public TimeSpan RateWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A chat in which nothing has happened for this long is ended (its transcript kept).</summary>
    public TimeSpan IdleEnd { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Whether the chat is staffed at <paramref name="at"/>.</summary>
    public bool IsOpenAt(DateTimeOffset at)
    {
        if (AlwaysOpen)
        {
            return true;
        }

        var local = OsloTime.ToLocal(at.UtcDateTime);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        return Days.Contains(local.DayOfWeek) && !NorwegianHolidays.IsHoliday(day) && time >= Opens && time < Closes;
    }

    public void EnsureValid()
    {
        if (!AlwaysOpen && (Opens >= Closes || Days.Count == 0))
        {
            throw new InvalidOperationException("Chat: Opens must be before Closes, and at least one day must be open.");
        }

        if (MessagesPerWindow < 1 || RateWindow <= TimeSpan.Zero || IdleEnd <= TimeSpan.Zero)
        {
            throw new InvalidOperationException("Chat: MessagesPerWindow, RateWindow and IdleEnd must be positive.");
        }
    }
}
