using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

/// <summary>Money is stored as whole øre and quantities as thousandths: exact, and summable in SQLite too.</summary>
internal static class MoneyConverters
{
    public static readonly ValueConverter<decimal, long> Ore = new(v => Whole(v, 100), v => v / 100m);

    public static readonly ValueConverter<decimal, long> Thousandths = new(v => Whole(v, 1000), v => v / 1000m);

    public static readonly ValueConverter<decimal, long> TenThousandths = new(v => Whole(v, 10000), v => v / 10000m);

    /// <summary>The amount in whole units of 1/<paramref name="per"/>; a finer amount is a bug upstream, never cut off silently.</summary>
    public static long Whole(decimal value, int per)
    {
        var scaled = value * per;
        return scaled == decimal.Truncate(scaled)
            ? (long)scaled
            : throw new InvalidOperationException($"{value} has more decimals than the 1/{per} it is stored in; round it where it is computed.");
    }

    public static readonly ValueConverter<Kid, string> Kid = new(v => v.Value, s => Domain.Invoices.Kid.Parse(s).GetValueOrThrow());
}
