namespace BKK.Portal.Application.Prices;

/// <summary>What a write of prices did: prices added, prices that replaced other ones, and prices left as they were.</summary>
public sealed record SpotPriceWriteSummary(int Inserted, int Replaced, int Unchanged)
{
    public int Total => Inserted + Replaced + Unchanged;

    public static SpotPriceWriteSummary operator +(SpotPriceWriteSummary a, SpotPriceWriteSummary b) =>
        new(a.Inserted + b.Inserted, a.Replaced + b.Replaced, a.Unchanged + b.Unchanged);
}
