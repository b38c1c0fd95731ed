using System.Globalization;
using System.Runtime.CompilerServices;

namespace BKK.Portal.Application.Consumption;

/// <summary>
/// Parses and checks lines of the meter value file (<see cref="MeterValueCsvFormat"/>), each
/// bad line with a Norwegian reason for the rejection report. Made for files of millions of
/// lines: fields are read as spans, the canonical forms (the export's) are parsed by hand
/// without allocating, other accepted forms fall back to the framework's parsers, and a
/// metering point ID repeated from the line before is not checked again. The per-line methods are compiled fully
/// optimised at once (an import runs them a few times per process, never long enough for the tiers to settle).
/// </summary>
/// <param name="maxPowerKw">More than this power over a whole interval is an absurd quantity.</param>
/// <param name="nowUtc">An interval that has not ended by now is rejected.</param>
public sealed class MeterValueLineParser(decimal maxPowerKw, DateTime nowUtc)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] StartFormats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mmzzz"];

    private readonly long _maxWhPerHour = (long)(maxPowerKw * 1000);
    private string? _lastId;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryParse(string line, out MeterValueLine value, out string error)
    {
        value = default;
        Span<Range> ranges = stackalloc Range[8];
        var text = line.AsSpan();
        var count = text.Split(ranges, ';');
        if (count is not (5 or 6))
        {
            error = count == ranges.Length
                ? $"Linjen har for mange felt; ventet 6: {MeterValueCsvFormat.Header}."
                : $"Linjen har {count} felt; ventet 6: {MeterValueCsvFormat.Header}.";
            return false;
        }

        // Five fields: an older file without the direction column, all consumption.
        var hasDirection = count == 6;
        if (!TryId(text[ranges[0]].Trim(), out var id, out error)
            || !TryStart(text[ranges[1]].Trim(), out var startUtc, out error)
            || !TryResolution(text[ranges[2]].Trim(), out var resolution, out error))
        {
            return false;
        }

        var startText = text[ranges[1]].Trim();
        if (startUtc.Ticks % (TimeSpan.TicksPerMinute * (int)resolution) != 0)
        {
            error = $"Starttidspunktet {startText} passer ikke med oppløsningen {MeterValueCsvFormat.ResolutionCode(resolution)}.";
            return false;
        }

        if (startUtc.AddMinutes((int)resolution) > nowUtc)
        {
            error = $"Intervallet som starter {startText} er ikke avsluttet ennå.";
            return false;
        }

        var direction = FlowDirection.Consumption;
        if (hasDirection && !TryDirection(text[ranges[3]].Trim(), out direction, out error))
        {
            return false;
        }

        var quantity = text[ranges[hasDirection ? 4 : 3]].Trim();
        if (!TryWh(quantity, out var wh, out error))
        {
            return false;
        }

        if (wh * 60 > _maxWhPerHour * (int)resolution)
        {
            error = $"Urimelig stor mengde {quantity} kWh for {MeterValueCsvFormat.ResolutionCode(resolution)} (over {maxPowerKw.ToString("0", Invariant)} kW).";
            return false;
        }

        if (!TryStatus(text[ranges[hasDirection ? 5 : 4]].Trim(), out var status, out error))
        {
            return false;
        }

        value = new MeterValueLine(id, startUtc, resolution, direction, wh, status);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryId(ReadOnlySpan<char> text, out string id, out string error)
    {
        error = string.Empty;
        if (_lastId is not null && text.SequenceEqual(_lastId))
        {
            id = _lastId;
            return true;
        }

        var parsed = MeteringPointId.Parse(text.ToString());
        if (!parsed.IsValid)
        {
            id = string.Empty;
            error = parsed.Error!;
            return false;
        }

        id = _lastId = parsed.Value!.Value;
        return true;
    }

    /// <summary>Meter values from before the smart meters or from the far future are typing errors.</summary>
    private static readonly DateTime EarliestStart = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime LatestStart = new(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static bool TryStart(ReadOnlySpan<char> text, out DateTime utc, out string error)
    {
        error = string.Empty;
        if (TryParseStart(text, out utc) && utc >= EarliestStart && utc < LatestStart)
        {
            return true;
        }

        utc = default;
        error = $"Ugyldig starttidspunkt «{text}»: bruk ISO 8601 med tidssone, f.eks. 2026-01-31T23:00:00+01:00.";
        return false;
    }

    /// <summary>2026-10-25T02:00:00+01:00 by hand; other ISO 8601 forms with an offset or Z through the framework.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParseStart(ReadOnlySpan<char> text, out DateTime utc)
    {
        if (text.Length == 25 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' && text[22] == ':'
            && (text[19] == '+' || text[19] == '-')
            && TwoDigits(text, 0, out var century) && TwoDigits(text, 2, out var yy) && TwoDigits(text, 5, out var month) && TwoDigits(text, 8, out var day)
            && TwoDigits(text, 11, out var hour) && TwoDigits(text, 14, out var minute) && TwoDigits(text, 17, out var second)
            && TwoDigits(text, 20, out var offsetHours) && TwoDigits(text, 23, out var offsetMinutes))
        {
            var year = (century * 100) + yy;
            if (year >= 2 && year <= 9998 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
                && hour < 24 && minute < 60 && second < 60 && offsetHours <= 14 && offsetMinutes < 60)
            {
                var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
                utc = DateTime.SpecifyKind(new DateTime(year, month, day, hour, minute, second) - (text[19] == '+' ? offset : -offset), DateTimeKind.Utc);
                return true;
            }
        }
        else if (DateTimeOffset.TryParseExact(text, StartFormats, Invariant, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            utc = parsed.UtcDateTime;
            return true;
        }

        utc = default;
        return false;
    }

    private static bool TryResolution(ReadOnlySpan<char> text, out MeterResolution resolution, out string error)
    {
        error = string.Empty;
        if (text.Equals("PT15M", StringComparison.OrdinalIgnoreCase))
        {
            resolution = MeterResolution.QuarterHour;
            return true;
        }

        if (text.Equals("PT60M", StringComparison.OrdinalIgnoreCase) || text.Equals("PT1H", StringComparison.OrdinalIgnoreCase))
        {
            resolution = MeterResolution.Hour;
            return true;
        }

        resolution = default;
        error = $"Ukjent oppløsning «{text}»: bruk PT60M eller PT15M.";
        return false;
    }

    private static bool TryDirection(ReadOnlySpan<char> text, out FlowDirection direction, out string error)
    {
        error = string.Empty;
        direction = FlowDirection.Consumption;
        if (text.Equals("forbruk", StringComparison.OrdinalIgnoreCase) || text.Equals("consumption", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Equals("produksjon", StringComparison.OrdinalIgnoreCase) || text.Equals("production", StringComparison.OrdinalIgnoreCase))
        {
            direction = FlowDirection.Production;
            return true;
        }

        error = $"Ukjent retning «{text}»: bruk forbruk eller produksjon.";
        return false;
    }

    private static bool TryStatus(ReadOnlySpan<char> text, out MeterValueStatus status, out string error)
    {
        error = string.Empty;
        if (text.Equals("målt", StringComparison.OrdinalIgnoreCase) || text.Equals("measured", StringComparison.OrdinalIgnoreCase))
        {
            status = MeterValueStatus.Measured;
            return true;
        }

        if (text.Equals("estimert", StringComparison.OrdinalIgnoreCase) || text.Equals("estimated", StringComparison.OrdinalIgnoreCase))
        {
            status = MeterValueStatus.Estimated;
            return true;
        }

        if (text.Equals("mangler", StringComparison.OrdinalIgnoreCase) || text.Equals("missing", StringComparison.OrdinalIgnoreCase))
        {
            status = MeterValueStatus.Missing;
            return true;
        }

        if (text.Equals("kundeavlest", StringComparison.OrdinalIgnoreCase) || text.Equals("customer-read", StringComparison.OrdinalIgnoreCase))
        {
            status = MeterValueStatus.CustomerRead;
            return true;
        }

        status = default;
        error = $"Ukjent status «{text}»: bruk målt, estimert, mangler eller kundeavlest.";
        return false;
    }

    /// <summary>kWh with a decimal comma or point and at most three decimals, as whole watt-hours.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryWh(ReadOnlySpan<char> text, out long wh, out string error)
    {
        wh = 0;
        error = string.Empty;
        var negative = text.Length > 0 && text[0] == '-';
        var i = negative || (text.Length > 0 && text[0] == '+') ? 1 : 0;
        long whole = 0;
        var digits = 0;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++, digits++)
        {
            whole = (whole * 10) + (text[i] - '0');
            if (whole > 1_000_000_000_000)
            {
                break;
            }
        }

        long fraction = 0;
        var decimals = 0;
        if (i < text.Length && (text[i] == ',' || text[i] == '.'))
        {
            for (i++; i < text.Length && char.IsAsciiDigit(text[i]); i++, decimals++)
            {
                fraction = decimals < 3 ? (fraction * 10) + (text[i] - '0') : fraction;
            }
        }

        if (i != text.Length || (digits == 0 && decimals == 0))
        {
            error = $"Ugyldig mengde «{text}»: skriv kWh med inntil tre desimaler, f.eks. 1,234.";
            return false;
        }

        if (negative && (whole > 0 || fraction > 0))
        {
            error = $"Negativ mengde {text} kWh.";
            return false;
        }

        if (decimals > 3)
        {
            error = $"Mengden {text} har mer enn tre desimaler.";
            return false;
        }

        for (var d = decimals; d < 3; d++)
        {
            fraction *= 10;
        }

        wh = (whole * 1000) + fraction;
        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<char> text, int at, out int value)
    {
        var a = text[at] - '0';
        var b = text[at + 1] - '0';
        value = (a * 10) + b;
        return a is >= 0 and <= 9 && b is >= 0 and <= 9;
    }
}
