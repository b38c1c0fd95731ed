namespace BKK.Portal.Domain.Prices;

/// <summary>
/// The bidding zones by their EIC codes (as ENTSO-E names them) and by their short names
/// (as hvakosterstrommen.no and people name them).
/// </summary>
public static class PriceAreas
{
    private static readonly Dictionary<string, PriceArea> ByEic = new(StringComparer.Ordinal)
    {
        ["10YNO-1--------2"] = PriceArea.NO1,
        ["10YNO-2--------T"] = PriceArea.NO2,
        ["10YNO-3--------J"] = PriceArea.NO3,
        ["10YNO-4--------9"] = PriceArea.NO4,
        ["10Y1001A1001A48H"] = PriceArea.NO5,
    };

    public static IReadOnlyCollection<PriceArea> All { get; } = Enum.GetValues<PriceArea>();

    public static PriceArea? FromEic(string? eic) =>
        eic is not null && ByEic.TryGetValue(eic.Trim(), out var area) ? area : null;

    public static string Eic(PriceArea area) => ByEic.Single(p => p.Value == area).Key;

    /// <summary>"NO5" or "no5" (any case); null for anything else.</summary>
    public static PriceArea? FromName(string? name) =>
        name is { Length: 3 } && name.StartsWith("NO", StringComparison.OrdinalIgnoreCase) && name[2] is >= '1' and <= '5'
            ? (PriceArea)(name[2] - '0')
            : null;
}
