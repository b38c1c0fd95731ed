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

    public static string DirectionWord(FlowDirection direction) => direction == FlowDirection.Production ? "produksjon" : "forbruk";

    public static string StatusWord(MeterValueStatus status) => status switch
    {
        MeterValueStatus.Estimated => "estimert",
        MeterValueStatus.Missing => "mangler",
        _ => "målt",
    };

    /// <summary>The quantity in kWh with three decimals and a decimal comma.</summary>
    public static string Kwh(long wh) => (wh / 1000m).ToString("0.000", Invariant).Replace('.', ',');

    public static string FormatLine(string meteringPointId, DateTime startUtc, MeterResolution resolution, FlowDirection direction, long wh, MeterValueStatus status) =>
        string.Create(Invariant, $"{meteringPointId};{OsloTime.ToOffset(startUtc):yyyy-MM-dd'T'HH:mm:sszzz};{ResolutionCode(resolution)};{DirectionWord(direction)};{Kwh(wh)};{StatusWord(status)}");

    /// <summary>True for the header line (after an optional BOM).</summary>
    public static bool IsHeader(string line) => line.TrimStart('\uFEFF').StartsWith("målepunkt", StringComparison.OrdinalIgnoreCase);
}
