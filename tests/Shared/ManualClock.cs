namespace BKK.Portal.Tests.Shared;

/// <summary>A clock the test moves by hand: years pass in a loop.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Noon in Oslo on that day (well away from midnight in either offset).</summary>
    public static DateTimeOffset OsloNoon(DateOnly day) => new(day.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero);
}
