using System.Globalization;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Meters;

namespace BKK.Portal.Application.Consumption;

/// <summary>One line of a meter value file, parsed and checked, before its metering point is looked up.</summary>
public readonly record struct MeterValueLine(
    string MeteringPointId, DateTime StartUtc, MeterResolution Resolution, FlowDirection Direction, long Wh, MeterValueStatus Status);

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

    /// <summary>True for the header line (and for any line that does not start with a digit after an optional BOM).</summary>
    public static bool IsHeader(string line) => line.TrimStart('\uFEFF').StartsWith("målepunkt", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Parses and checks one line. The error is a Norwegian reason for the rejection report.
    /// <paramref name="maxPowerKw"/> bounds the quantity: more than that power over the whole interval is absurd.
    /// </summary>
    public static bool TryParse(string line, decimal maxPowerKw, DateTime nowUtc, out MeterValueLine value, out string error)
    {
        value = default;
        var fields = line.Split(';');
        if (fields.Length is not (5 or 6))
        {
            error = $"Linjen har {fields.Length} felt; ventet 6: {Header}.";
            return false;
        }

        // Five fields: an older file without the direction column, all consumption.
        var hasDirection = fields.Length == 6;
        var idText = fields[0].Trim();
        var id = MeteringPointId.Parse(idText);
        if (!id.IsValid)
        {
            error = id.Error!;
            return false;
        }

        if (!DateTimeOffset.TryParseExact(fields[1].Trim(), ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mmzzz"], Invariant, DateTimeStyles.AssumeUniversal, out var start))
        {
            error = $"Ugyldig starttidspunkt «{fields[1].Trim()}»: bruk ISO 8601 med tidssone, f.eks. 2026-01-31T23:00:00+01:00.";
            return false;
        }

        MeterResolution resolution;
        switch (fields[2].Trim().ToUpperInvariant())
        {
            case "PT60M" or "PT1H":
                resolution = MeterResolution.Hour;
                break;
            case "PT15M":
                resolution = MeterResolution.QuarterHour;
                break;
            default:
                error = $"Ukjent oppløsning «{fields[2].Trim()}»: bruk PT60M eller PT15M.";
                return false;
        }

        var startUtc = start.UtcDateTime;
        if (startUtc.Ticks % (TimeSpan.TicksPerMinute * (int)resolution) != 0)
        {
            error = $"Starttidspunktet {fields[1].Trim()} passer ikke med oppløsningen {ResolutionCode(resolution)}.";
            return false;
        }

        if (startUtc.AddMinutes((int)resolution) > nowUtc)
        {
            error = $"Intervallet som starter {fields[1].Trim()} er ikke avsluttet ennå.";
            return false;
        }

        var direction = FlowDirection.Consumption;
        if (hasDirection)
        {
            switch (fields[3].Trim().ToLowerInvariant())
            {
                case "forbruk" or "consumption":
                    break;
                case "produksjon" or "production":
                    direction = FlowDirection.Production;
                    break;
                default:
                    error = $"Ukjent retning «{fields[3].Trim()}»: bruk forbruk eller produksjon.";
                    return false;
            }
        }

        var quantityText = fields[hasDirection ? 4 : 3].Trim();
        if (!decimal.TryParse(quantityText.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var kwh))
        {
            error = $"Ugyldig mengde «{quantityText}»: skriv kWh med inntil tre desimaler, f.eks. 1,234.";
            return false;
        }

        if (kwh < 0)
        {
            error = $"Negativ mengde {quantityText} kWh.";
            return false;
        }

        if (decimal.Round(kwh, 3) != kwh)
        {
            error = $"Mengden {quantityText} har mer enn tre desimaler.";
            return false;
        }

        if (kwh > maxPowerKw * (int)resolution / 60m)
        {
            error = $"Urimelig stor mengde {quantityText} kWh for {ResolutionCode(resolution)} (over {maxPowerKw.ToString("0", Invariant)} kW).";
            return false;
        }

        MeterValueStatus status;
        var statusText = fields[hasDirection ? 5 : 4].Trim().ToLowerInvariant();
        switch (statusText)
        {
            case "målt" or "measured":
                status = MeterValueStatus.Measured;
                break;
            case "estimert" or "estimated":
                status = MeterValueStatus.Estimated;
                break;
            case "mangler" or "missing":
                status = MeterValueStatus.Missing;
                break;
            default:
                error = $"Ukjent status «{statusText}»: bruk målt, estimert eller mangler.";
                return false;
        }

        value = new MeterValueLine(id.Value!.Value, startUtc, resolution, direction, (long)(kwh * 1000), status);
        error = string.Empty;
        return true;
    }
}
