namespace BKK.Portal.Infrastructure.Prices;

/// <summary>
/// A row of the <c>SpotPrices</c> table: one interval's price of one bidding zone, the price as whole
/// millionths of a krone per kWh (exact, and an integer for SQLite, which has no decimal type).
/// </summary>
internal sealed class StoredSpotPrice
{
    public PriceArea Area { get; set; }

    public DateTime StartUtc { get; set; }

    public int Minutes { get; set; }

    public long MicroNokPerKwh { get; set; }

    public static long ToMicro(decimal nokPerKwh) => (long)Math.Round(nokPerKwh * 1_000_000m, MidpointRounding.AwayFromZero);

    public static decimal FromMicro(long micro) => micro / 1_000_000m;

    public SpotPrice ToPrice() => new(StartUtc, Minutes, FromMicro(MicroNokPerKwh));
}
