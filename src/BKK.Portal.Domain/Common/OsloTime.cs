namespace BKK.Portal.Domain.Common;

/// <summary>Norwegian local time: instants are stored in UTC and shown in Europe/Oslo.</summary>
public static class OsloTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    /// <summary>The instant of local midnight starting <paramref name="date"/>.</summary>
    public static DateTime ToUtc(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone);

    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, Zone));

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, Zone);

    /// <summary>A clock time in Oslo (a form's datetime-local) as UTC; a time skipped by summer time counts an hour later.</summary>
    public static DateTime FromLocal(DateTime local)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return Zone.IsInvalidTime(local) ? TimeZoneInfo.ConvertTimeToUtc(local.AddHours(1), Zone) : TimeZoneInfo.ConvertTimeToUtc(local, Zone);
    }

    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>The instant with its Oslo offset, e.g. 2026-03-29T03:00:00+02:00.</summary>
    public static DateTimeOffset ToOffset(DateTime utc) =>
        new(ToLocal(utc), Zone.GetUtcOffset(utc));
}
