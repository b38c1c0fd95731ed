using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace BKK.Portal.Application.Prices;

/// <summary>
/// Reads the day-ahead prices of the ENTSO-E Transparency Platform (a <c>Publication_MarketDocument</c>
/// of type A44, any schema version: elements are matched on their local names) into one
/// <see cref="PriceSeries"/> per <c>Period</c>, converted from EUR/MWh to NOK/kWh with the rate of the
/// slot's Oslo date. Anything doubtful refuses the whole document with where and why: a document is
/// either read completely or not at all. Where ENTSO-E gives an area both hourly and quarter-hourly
/// prices for the same time (from 1 October 2025), the quarter-hours are kept.
/// </summary>
public static class EntsoeDayAheadDocument
{
    /// <summary>A period of more than about a year is no day-ahead answer (and would only fill memory).</summary>
    private const int MaxSlots = 370 * 24 * 4;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    /// <exception cref="PriceFileException">The document is refused.</exception>
    public static IReadOnlyList<PriceSeries> Read(TextReader reader, EurNokRates rates)
    {
        var root = Load(reader);
        switch (root.Name.LocalName)
        {
            case "Publication_MarketDocument":
                break;
            case "Acknowledgement_MarketDocument":
                throw NoData(root);
            default:
                throw new PriceFileException(At(root), $"Rotelementet er <{root.Name.LocalName}>; ventet <Publication_MarketDocument> (ENTSO-E day-ahead-priser).");
        }

        var type = Child(root, "type") ?? throw Missing(root, "type");
        if (Text(type) != "A44")
        {
            throw new PriceFileException(At(type), $"Dokumenttypen er {Text(type)}; ventet A44 (day-ahead-priser).");
        }

        var periods = new List<ParsedPeriod>();
        var timeSeries = 0;
        foreach (var element in root.Elements())
        {
            if (element.Name.LocalName == "TimeSeries")
            {
                timeSeries++;
                ReadTimeSeries(element, rates, periods);
            }
        }

        if (timeSeries == 0)
        {
            throw new PriceFileException(At(root), "Dokumentet har ingen <TimeSeries>, altså ingen priser.");
        }

        RefuseOverlaps(periods);
        return PreferQuarterHours(periods);
    }

    private static XElement Load(TextReader reader)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, IgnoreProcessingInstructions = true };
        try
        {
            using var xml = XmlReader.Create(reader, settings);
            return XDocument.Load(xml, LoadOptions.SetLineInfo).Root!;
        }
        catch (XmlException e)
        {
            throw new PriceFileException($"linje {e.LineNumber}", "Filen er ikke gyldig XML; den er trolig avkuttet eller skadet.");
        }
    }

    private static PriceFileException NoData(XElement root)
    {
        var text = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "text") is { } element ? Text(element) : "";
        var quoted = text.Length > 0 ? $" («{text}»)" : "";
        return new PriceFileException(
            At(root),
            $"Dokumentet er et Acknowledgement_MarketDocument: ENTSO-E hadde ingen data for spørringen{quoted}. Det er ikke en dag med nullpriser; ingenting er lest inn.");
    }

    private static void ReadTimeSeries(XElement series, EurNokRates rates, List<ParsedPeriod> periods)
    {
        XElement? inDomain = null, outDomain = null, currency = null, unit = null, curveType = null;
        var periodElements = new List<XElement>();
        foreach (var child in series.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "in_Domain.mRID": inDomain ??= child; break;
                case "out_Domain.mRID": outDomain ??= child; break;
                case "currency_Unit.name": currency ??= child; break;
                case "price_Measure_Unit.name": unit ??= child; break;
                case "curveType": curveType ??= child; break;
                case "Period": periodElements.Add(child); break;
                default: break;
            }
        }

        var area = AreaOf(inDomain ?? outDomain ?? throw Missing(series, "in_Domain.mRID"));
        if (inDomain is not null && outDomain is not null && AreaOf(outDomain) != area)
        {
            throw new PriceFileException(At(outDomain), $"out_Domain.mRID {Text(outDomain)} er et annet område enn in_Domain.mRID {Text(inDomain)}; day-ahead-priser gjelder ett område.");
        }

        if (currency is null)
        {
            throw Missing(series, "currency_Unit.name");
        }

        if (Text(currency) != "EUR")
        {
            throw new PriceFileException(At(currency), $"Valutaen er {Text(currency)}; ventet EUR.");
        }

        if (unit is null)
        {
            throw Missing(series, "price_Measure_Unit.name");
        }

        if (Text(unit) != "MWH")
        {
            throw new PriceFileException(At(unit), $"Prisenheten er {Text(unit)}; ventet MWH (pris per MWh).");
        }

        // A01: a price for every position. A03: a position left out has the price of the one before.
        var repeatsOmitted = curveType is not null && Text(curveType) switch
        {
            "A01" => false,
            "A03" => true,
            _ => throw new PriceFileException(At(curveType), $"Kurvetypen er {Text(curveType)}; ventet A01 eller A03."),
        };

        if (periodElements.Count == 0)
        {
            throw Missing(series, "Period");
        }

        foreach (var period in periodElements)
        {
            periods.Add(ReadPeriod(period, area, repeatsOmitted, rates));
        }
    }

    private static PriceArea AreaOf(XElement domain) =>
        PriceAreas.FromEic(Text(domain))
        ?? throw new PriceFileException(At(domain), $"Ukjent område {Text(domain)} (EIC-kode); ventet et av prisområdene NO1–NO5.");

    private static ParsedPeriod ReadPeriod(XElement period, PriceArea area, bool repeatsOmitted, EurNokRates rates)
    {
        XElement? interval = null, resolution = null;
        var points = new List<XElement>();
        foreach (var child in period.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "timeInterval": interval ??= child; break;
                case "resolution": resolution ??= child; break;
                case "Point": points.Add(child); break;
                default: break;
            }
        }

        if (interval is null)
        {
            throw Missing(period, "timeInterval");
        }

        var startElement = Child(interval, "start") ?? throw Missing(interval, "start");
        var endElement = Child(interval, "end") ?? throw Missing(interval, "end");
        var startUtc = Time(startElement);
        var endUtc = Time(endElement);
        var span = $"{Text(startElement)}–{Text(endElement)}";

        if (resolution is null)
        {
            throw Missing(period, "resolution");
        }

        var minutes = Text(resolution) switch
        {
            "PT60M" => 60,
            "PT15M" => 15,
            _ => throw new PriceFileException(At(resolution), $"Oppløsningen er {Text(resolution)}; ventet PT60M eller PT15M."),
        };
        var step = TimeSpan.FromMinutes(minutes);
        var length = endUtc - startUtc;
        if (length <= TimeSpan.Zero)
        {
            throw new PriceFileException(At(interval), $"Intervallet {span} slutter ikke etter at det starter.");
        }

        if (length.Ticks % step.Ticks != 0)
        {
            throw new PriceFileException(At(interval), $"Intervallet {span} er ikke et helt antall ganger {Text(resolution)}.");
        }

        if (length.Ticks / step.Ticks > MaxSlots)
        {
            throw new PriceFileException(At(interval), $"Intervallet {span} er lengre enn et år; ventet dager med day-ahead-priser.");
        }

        if (points.Count == 0)
        {
            throw Missing(period, "Point");
        }

        var slots = (int)(length.Ticks / step.Ticks);
        var prices = new SpotPrice[slots];
        var previous = 0;
        var previousEur = 0m;
        XElement? previousPoint = null;
        foreach (var point in points)
        {
            var (position, eur) = ReadPoint(point);
            if (position <= previous)
            {
                throw new PriceFileException(At(point), $"Posisjon {position} kommer etter posisjon {previous}; posisjonene må øke.");
            }

            if (position > slots)
            {
                throw new PriceFileException(At(point), $"Posisjon {position} er utenfor intervallet {span}, som har {slots} posisjoner à {Text(resolution)}.");
            }

            if (position > previous + 1)
            {
                if (previousPoint is null || !repeatsOmitted)
                {
                    throw new PriceFileException(At(point), $"{Positions(previous + 1, position - 1)} mangler; {(repeatsOmitted ? "kurvetype A03 må ha en pris i posisjon 1" : "kurvetype A01 har en pris for hver posisjon")}.");
                }

                for (var omitted = previous + 1; omitted < position; omitted++)
                {
                    prices[omitted - 1] = Slot(omitted, previousEur, previousPoint);
                }
            }

            prices[position - 1] = Slot(position, eur, point);
            (previous, previousEur, previousPoint) = (position, eur, point);
        }

        if (previous < slots)
        {
            if (!repeatsOmitted)
            {
                throw new PriceFileException(At(period), $"{Positions(previous + 1, slots)} mangler; kurvetype A01 har en pris for hver posisjon.");
            }

            for (var omitted = previous + 1; omitted <= slots; omitted++)
            {
                prices[omitted - 1] = Slot(omitted, previousEur, previousPoint!);
            }
        }

        return new ParsedPeriod(area, minutes, prices, period);

        SpotPrice Slot(int position, decimal eurPerMwh, XElement point)
        {
            var slotStartUtc = startUtc.AddTicks(step.Ticks * (position - 1));
            var date = OsloTime.LocalDate(slotStartUtc);
            var rate = rates.RateOn(date)
                ?? throw new PriceFileException(At(point), $"Ingen EUR→NOK-kurs for {date.ToString("yyyy-MM-dd", Invariant)}; legg inn en kurs fra den datoen eller før i innstillingen {SpotPriceImportOptions.SectionName}:EurNok.");
            return new SpotPrice(slotStartUtc, minutes, Math.Round(eurPerMwh * rate / 1000m, SpotPrice.Decimals, MidpointRounding.AwayFromZero));
        }
    }

    private static (int Position, decimal EurPerMwh) ReadPoint(XElement point)
    {
        XElement? position = null, amount = null;
        foreach (var child in point.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "position": position ??= child; break;
                case "price.amount": amount ??= child; break;
                default: break;
            }
        }

        if (position is null)
        {
            throw Missing(point, "position");
        }

        if (amount is null)
        {
            throw Missing(point, "price.amount");
        }

        if (!int.TryParse(Text(position), NumberStyles.None, Invariant, out var number) || number < 1)
        {
            throw new PriceFileException(At(position), $"Posisjonen «{Text(position)}» er ikke et heltall fra 1 og oppover.");
        }

        if (!decimal.TryParse(Text(amount), NumberStyles.Float, Invariant, out var eur))
        {
            throw new PriceFileException(At(amount), $"Prisen «{Text(amount)}» er ikke et tall.");
        }

        return (number, eur);
    }

    /// <summary>Two periods of one area and resolution over the same time leave it open which price holds.</summary>
    private static void RefuseOverlaps(List<ParsedPeriod> periods)
    {
        foreach (var group in periods.GroupBy(p => (p.Area, p.Minutes)))
        {
            ParsedPeriod? before = null;
            foreach (var period in group.OrderBy(p => p.FromUtc))
            {
                if (before is not null && period.FromUtc < before.ToUtc)
                {
                    var (first, second) = Line(before.Element) < Line(period.Element) ? (before, period) : (period, before);
                    throw new PriceFileException(
                        At(second.Element),
                        $"Perioden overlapper perioden på linje {Line(first.Element)}: begge gir {period.Area} med oppløsning PT{period.Minutes}M for samme tid.");
                }

                before = period;
            }
        }
    }

    /// <summary>
    /// The hourly prices of an area where it also has quarter-hourly ones are left out (ENTSO-E publishes
    /// both from 1 October 2025; settlement uses the quarter-hours). The hours outside them are kept.
    /// </summary>
    private static List<PriceSeries> PreferQuarterHours(List<ParsedPeriod> periods)
    {
        var quarterHours = periods
            .Where(p => p.Minutes == 15)
            .GroupBy(p => p.Area)
            .ToDictionary(g => g.Key, g => new SpotPriceCurve(g.Key, g.SelectMany(p => p.Prices)));
        var result = new List<PriceSeries>(periods.Count);
        foreach (var period in periods)
        {
            if (period.Minutes == 15 || !quarterHours.TryGetValue(period.Area, out var finer))
            {
                result.Add(new PriceSeries(period.Area, period.Prices));
                continue;
            }

            var run = new List<SpotPrice>();
            foreach (var price in period.Prices)
            {
                if (!finer.Between(price.StartUtc, price.EndUtc).Any())
                {
                    run.Add(price);
                }
                else if (run.Count > 0)
                {
                    result.Add(new PriceSeries(period.Area, run.ToArray()));
                    run.Clear();
                }
            }

            if (run.Count > 0)
            {
                result.Add(new PriceSeries(period.Area, run.ToArray()));
            }
        }

        return result;
    }

    private static DateTime Time(XElement element) =>
        DateTime.TryParseExact(Text(element), TimeFormats, Invariant, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc)
            ? utc
            : throw new PriceFileException(At(element), $"Tidspunktet «{Text(element)}» er ikke et UTC-tidspunkt på formen 2025-03-29T23:00Z.");

    private static string Positions(int first, int last) =>
        first == last ? $"Posisjon {first}" : $"Posisjon {first}–{last}";

    private static XElement? Child(XElement parent, string localName)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name.LocalName == localName)
            {
                return child;
            }
        }

        return null;
    }

    private static PriceFileException Missing(XElement parent, string localName) =>
        new(At(parent), $"<{localName}> mangler i <{parent.Name.LocalName}>.");

    private static string Text(XElement element) => element.Value.Trim();

    private static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;

    private static string At(XElement element) => $"linje {Line(element)}, <{element.Name.LocalName}>";

    private sealed record ParsedPeriod(PriceArea Area, int Minutes, SpotPrice[] Prices, XElement Element)
    {
        public DateTime FromUtc => Prices[0].StartUtc;

        public DateTime ToUtc => Prices[^1].EndUtc;
    }
}
