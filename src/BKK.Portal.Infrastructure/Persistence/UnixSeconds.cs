using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>UTC instants as whole seconds since 1970, as SQLite stores meter value starts.</summary>
public static class UnixSeconds
{
    public static ValueConverter<DateTime, long> Converter { get; } = new(v => From(v), v => ToUtc(v));

    public static long From(DateTime utc) => (utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;

    public static DateTime ToUtc(long seconds) => new(DateTime.UnixEpoch.Ticks + (seconds * TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
