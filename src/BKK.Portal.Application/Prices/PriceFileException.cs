namespace BKK.Portal.Application.Prices;

/// <summary>A price file that is refused as a whole: where in it (a line, or an element and its line) and why.</summary>
public sealed class PriceFileException(string location, string reason) : Exception($"{location}: {reason}")
{
    public string Location { get; } = location;

    public string Reason { get; } = reason;
}
