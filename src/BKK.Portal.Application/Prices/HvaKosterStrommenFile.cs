using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BKK.Portal.Application.Prices;

/// <summary>
/// Reads a day of prices as hvakosterstrommen.no gives them
/// (<c>https://www.hvakosterstrommen.no/api/v1/prices/2025/10-01_NO5.json</c>): a JSON array of
/// <c>{"NOK_per_kWh", "EUR_per_kWh", "EXR", "time_start", "time_end"}</c>, consecutive intervals of
/// 15 or 60 minutes with their Oslo offset. The file does not name its area; the caller does (or its
/// name, <see cref="AreaFromFileName"/>). Anything doubtful refuses the whole file; entries are
/// numbered from 1 in the reasons.
/// </summary>
public static class HvaKosterStrommenFile
{
    /// <summary>NOK_per_kWh is EUR_per_kWh × EXR, rounded by the site; a larger difference is a broken file.</summary>
    private const decimal Tolerance = 0.0005m;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // An instant without an offset would be read in the machine's time zone: not accepted.
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'",
    ];

    private static readonly string[] Fields = ["NOK_per_kWh", "EUR_per_kWh", "EXR", "time_start", "time_end"];

    /// <exception cref="PriceFileException">The file is refused.</exception>
    public static IReadOnlyList<PriceSeries> Read(TextReader reader, PriceArea area)
    {
        var json = Encoding.UTF8.GetBytes(reader.ReadToEnd()); // a byte order mark is the importer's to remove
        var lines = new LineCounter(json);
        try
        {
            return [new PriceSeries(area, ReadPrices(json, lines))];
        }
        catch (JsonException e)
        {
            throw new PriceFileException($"linje {(e.LineNumber ?? 0) + 1}", "Filen er ikke gyldig JSON; den er trolig avkuttet eller skadet.");
        }
    }

    /// <summary>The area a file name ends with, as the site names its files: "10-01_NO5.json" → NO5 (any case).</summary>
    public static PriceArea? AreaFromFileName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        if (!name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || name.Length < 9 || name[^9] != '_')
        {
            return null;
        }

        return PriceAreas.FromName(name[^8..^5]);
    }

    private static List<SpotPrice> ReadPrices(byte[] json, LineCounter lines)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            throw new PriceFileException($"linje {lines.At(reader.TokenStartIndex)}", "Filen er ikke en JSON-liste av priser; ventet «[» først.");
        }

        var prices = new List<SpotPrice>(100);
        var entry = 0;
        var previousEndUtc = DateTime.MinValue;
        var previousStart = "";
        var previousEnd = "";
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            entry++;
            var where = $"element {entry} (linje {lines.At(reader.TokenStartIndex)})";
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new PriceFileException(where, "Elementet er ikke et objekt med en pris.");
            }

            var entryPrice = ReadEntry(ref reader, where);
            var startUtc = entryPrice.Start.UtcDateTime;
            var length = entryPrice.End.UtcDateTime - startUtc;
            if (length != TimeSpan.FromMinutes(15) && length != TimeSpan.FromMinutes(60))
            {
                throw new PriceFileException(where, $"Intervallet {entryPrice.StartText}–{entryPrice.EndText} er {length.TotalMinutes.ToString(Invariant)} minutter; ventet 15 eller 60.");
            }

            var minutes = (int)length.TotalMinutes;

            if (prices.Count > 0)
            {
                if (minutes != prices[0].Minutes)
                {
                    throw new PriceFileException(where, $"Intervallet er {minutes} minutter, men element 1 er {prices[0].Minutes}; alle i en fil må være like lange.");
                }

                if (startUtc > previousEndUtc)
                {
                    throw new PriceFileException(where, $"Hull i prisene: forrige intervall slutter {previousEnd}, dette starter {entryPrice.StartText}.");
                }

                if (startUtc < previousEndUtc)
                {
                    throw new PriceFileException(where, $"Intervallet som starter {entryPrice.StartText} overlapper eller kommer før det forrige (start {previousStart}); prisene må følge hverandre i rekkefølge.");
                }
            }

            var expected = entryPrice.EurPerKwh * entryPrice.Exr;
            if (Math.Abs(entryPrice.NokPerKwh - expected) > Tolerance)
            {
                throw new PriceFileException(
                    where,
                    $"Filen motsier seg selv: NOK_per_kWh er {entryPrice.NokPerKwh.ToString(Invariant)}, men EUR_per_kWh × EXR er {Math.Round(expected, SpotPrice.Decimals, MidpointRounding.AwayFromZero).ToString(Invariant)}.");
            }

            prices.Add(new SpotPrice(startUtc, minutes, Math.Round(entryPrice.NokPerKwh, SpotPrice.Decimals, MidpointRounding.AwayFromZero)));
            previousEndUtc = prices[^1].EndUtc;
            (previousStart, previousEnd) = (entryPrice.StartText, entryPrice.EndText);
        }

        if (reader.TokenType != JsonTokenType.EndArray)
        {
            throw new PriceFileException($"linje {lines.At(json.Length)}", "Filen slutter før listen er lukket med «]»; den er trolig avkuttet.");
        }

        var endLine = lines.At(reader.TokenStartIndex);
        if (reader.Read())
        {
            throw new PriceFileException($"linje {lines.At(reader.TokenStartIndex)}", "Filen har mer innhold etter listen.");
        }

        return prices.Count > 0 ? prices : throw new PriceFileException($"linje {endLine}", "Filen har ingen priser (tom liste).");
    }

    private static Entry ReadEntry(ref Utf8JsonReader reader, string where)
    {
        decimal? nok = null, eur = null, exr = null;
        string? start = null, end = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString() ?? "";
            reader.Read();
            switch (name)
            {
                case "NOK_per_kWh": nok = Number(ref reader, name, where); break;
                case "EUR_per_kWh": eur = Number(ref reader, name, where); break;
                case "EXR": exr = Number(ref reader, name, where); break;
                case "time_start": start = TimeText(ref reader, name, where); break;
                case "time_end": end = TimeText(ref reader, name, where); break;
                default: reader.Skip(); break;
            }
        }

        if (nok is null || eur is null || exr is null || start is null || end is null)
        {
            bool[] absent = [nok is null, eur is null, exr is null, start is null, end is null];
            var missing = Fields.Where((_, i) => absent[i]).ToList();
            throw new PriceFileException(where, missing.Count == 1 ? $"Feltet {missing[0]} mangler." : $"Feltene {string.Join(", ", missing)} mangler.");
        }

        return new Entry(nok.Value, eur.Value, exr.Value, Time(start, "time_start", where), start, Time(end, "time_end", where), end);
    }

    private static decimal Number(ref Utf8JsonReader reader, string name, string where)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetDecimal(out var value))
            {
                return value;
            }

            var text = Encoding.UTF8.GetString(reader.ValueSpan);
            if (decimal.TryParse(text, NumberStyles.Float, Invariant, out value))
            {
                return value;
            }
        }

        throw new PriceFileException(where, $"Feltet {name} er ikke et tall.");
    }

    private static string TimeText(ref Utf8JsonReader reader, string name, string where) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new PriceFileException(where, $"Feltet {name} er ikke en tekst med et tidspunkt.");

    private static DateTimeOffset Time(string text, string name, string where) =>
        DateTimeOffset.TryParseExact(text, TimeFormats, Invariant, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new PriceFileException(where, $"Feltet {name} «{text}» er ikke et tidspunkt med tidssone, som 2025-10-01T00:00:00+02:00.");

    private sealed record Entry(decimal NokPerKwh, decimal EurPerKwh, decimal Exr, DateTimeOffset Start, string StartText, DateTimeOffset End, string EndText);

    /// <summary>The 1-based line of a byte position, counting forwards from the last position asked for.</summary>
    private sealed class LineCounter(byte[] json)
    {
        private long _position;
        private int _line = 1;

        public int At(long position)
        {
            if (position < _position)
            {
                (_position, _line) = (0, 1);
            }

            _line += json.AsSpan((int)_position, (int)(position - _position)).Count((byte)'\n');
            _position = position;
            return _line;
        }
    }
}
