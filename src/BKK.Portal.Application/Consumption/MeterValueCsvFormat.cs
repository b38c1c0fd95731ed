using System.Globalization;

namespace BKK.Portal.Application.Consumption;

/// <summary>
/// The meter value file, in one place for both directions: the export writes it and the import
/// reads it, so a round trip gives the same values. Elhub-like, and opened right by Norwegian
/// Excel: semicolon separated, decimal comma, UTF-8 with BOM, interval starts in ISO 8601 with
/// their Oslo offset (2026-10-25T02:00:00+02:00 and 2026-10-25T02:00:00+01:00 are two hours).
/// </summary>
public static class MeterValueCsvFormat
{
    public const string Header = "målepunkt-id;start;oppløsning;retning;kwh;status";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string ResolutionCode(MeterResolution resolution) => resolution == MeterResolution.QuarterHour ? "PT15M" : "PT60M";

    /// <summary>The words the import reads: bokmål, decimal comma.</summary>
    public static MeterValueCsvWords Import { get; } = new(Header, "forbruk", "produksjon", "målt", "estimert", "mangler", "kundeavlest", ",");

    /// <summary>One line of the import's own file.</summary>
    public static string FormatLine(string meteringPointId, DateTime startUtc, MeterResolution resolution, FlowDirection direction, long wh, MeterValueStatus status) =>
        FormatLine(Import, meteringPointId, startUtc, resolution, direction, wh, status);

    /// <summary>One line with the given words (an export in the page's language); starts and resolution codes are the same in every language.</summary>
    public static string FormatLine(MeterValueCsvWords words, string meteringPointId, DateTime startUtc, MeterResolution resolution, FlowDirection direction, long wh, MeterValueStatus status)
    {
        var directionWord = direction == FlowDirection.Production ? words.Production : words.Consumption;
        var statusWord = status switch
        {
            MeterValueStatus.Estimated => words.Estimated,
            MeterValueStatus.Missing => words.Missing,
            MeterValueStatus.CustomerRead => words.CustomerRead,
            _ => words.Measured,
        };
        var kwh = (wh / 1000m).ToString("0.000", Invariant).Replace(".", words.DecimalSeparator, StringComparison.Ordinal);
        return string.Create(Invariant, $"{meteringPointId};{OsloTime.ToOffset(startUtc):yyyy-MM-dd'T'HH:mm:sszzz};{ResolutionCode(resolution)};{directionWord};{kwh};{statusWord}");
    }

    /// <summary>True for the header line (after an optional BOM).</summary>
    public static bool IsHeader(string line) => line.TrimStart('\uFEFF').StartsWith("målepunkt", StringComparison.OrdinalIgnoreCase);
}
