using System.Globalization;
using BKK.Portal.Application.Prices;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Prices;

namespace BKK.Portal.Application.Tests.Prices;

public sealed class EntsoeDayAheadDocumentTests
{
    private const string No5 = "10Y1001A1001A48H";
    private const string No1 = "10YNO-1--------2";

    // 15 January 2025 in Oslo: an ordinary winter day of 24 hours.
    private const string DayStart = "2025-01-14T23:00Z";
    private const string DayEnd = "2025-01-15T23:00Z";

    private static readonly EurNokRates Rates = RatesFrom("2024-01-01", 11.5m);

    [Fact]
    public void The_spring_day_2025_has_23_hourly_prices()
    {
        var xml = Document(TimeSeries(No5, "2025-03-29T23:00Z", "2025-03-30T22:00Z", "PT60M", Points(23, p => 40 + p)));

        var series = Assert.Single(Read(xml));

        Assert.Equal(PriceArea.NO5, series.Area);
        Assert.Equal(23, series.Prices.Count);
        Assert.All(series.Prices, p => Assert.Equal(60, p.Minutes));
        Assert.Equal(new DateTime(2025, 3, 29, 23, 0, 0, DateTimeKind.Utc), series.FromUtc);
        Assert.Equal(DateTimeKind.Utc, series.FromUtc.Kind);
        Assert.Equal(new DateTime(2025, 3, 30, 22, 0, 0, DateTimeKind.Utc), series.ToUtc);
        Assert.Equal(0.4715m, series.Prices[0].NokPerKwh);   // 41 EUR/MWh × 11.5 / 1000
        Assert.Equal(0.7245m, series.Prices[^1].NokPerKwh);  // 63 EUR/MWh × 11.5 / 1000
        AssertContiguous(series);
    }

    [Fact]
    public void The_spring_day_2026_has_92_quarter_hour_prices()
    {
        var xml = Document(TimeSeries(No5, "2026-03-28T23:00Z", "2026-03-29T22:00Z", "PT15M", Points(92, p => p)));

        var series = Assert.Single(Read(xml));

        Assert.Equal(92, series.Prices.Count);
        Assert.All(series.Prices, p => Assert.Equal(15, p.Minutes));
        Assert.Equal(new DateTime(2026, 3, 29, 21, 45, 0, DateTimeKind.Utc), series.Prices[^1].StartUtc);
        Assert.All(series.Prices, p => Assert.Equal(new DateOnly(2026, 3, 29), OsloTime.LocalDate(p.StartUtc)));
        Assert.Equal(92 * 0.0115m, series.Prices[^1].NokPerKwh);
        AssertContiguous(series);
    }

    [Fact]
    public void The_autumn_day_2025_has_100_quarter_hour_prices()
    {
        var xml = Document(TimeSeries(No5, "2025-10-25T22:00Z", "2025-10-26T23:00Z", "PT15M", Points(100, p => p)));

        var series = Assert.Single(Read(xml));

        Assert.Equal(100, series.Prices.Count);
        Assert.Equal(new DateTime(2025, 10, 25, 22, 0, 0, DateTimeKind.Utc), series.FromUtc);
        Assert.Equal(new DateTime(2025, 10, 26, 23, 0, 0, DateTimeKind.Utc), series.ToUtc);
        Assert.All(series.Prices, p => Assert.Equal(new DateOnly(2025, 10, 26), OsloTime.LocalDate(p.StartUtc)));
        AssertContiguous(series);
    }

    [Fact]
    public void The_autumn_day_2024_has_25_hourly_prices()
    {
        var xml = Document(TimeSeries(No5, "2024-10-26T22:00Z", "2024-10-27T23:00Z", "PT60M", Points(25, p => p)));

        var series = Assert.Single(Read(xml));

        Assert.Equal(25, series.Prices.Count);
        Assert.Equal(new DateTime(2024, 10, 27, 22, 0, 0, DateTimeKind.Utc), series.Prices[^1].StartUtc);
        Assert.All(series.Prices, p => Assert.Equal(new DateOnly(2024, 10, 27), OsloTime.LocalDate(p.StartUtc)));
        AssertContiguous(series);
    }

    [Fact]
    public void A_document_with_two_areas_gives_a_series_for_each()
    {
        var xml = Document(
            TimeSeries(No5, DayStart, DayEnd, "PT60M", Points(24, _ => 50m))
            + "\n"
            + TimeSeries(No1, DayStart, DayEnd, "PT60M", Points(24, _ => 70m)));

        var series = Read(xml);

        Assert.Equal(2, series.Count);
        var no5 = Assert.Single(series, s => s.Area == PriceArea.NO5);
        var no1 = Assert.Single(series, s => s.Area == PriceArea.NO1);
        Assert.All(no5.Prices, p => Assert.Equal(0.575m, p.NokPerKwh));
        Assert.All(no1.Prices, p => Assert.Equal(0.805m, p.NokPerKwh));
        Assert.Equal(no5.FromUtc, no1.FromUtc);
        Assert.Equal(24, no1.Prices.Count);
    }

    [Fact]
    public void An_A03_curve_repeats_the_price_before_an_omitted_position_also_at_the_end()
    {
        var points = PointsAt((1, 50m), (2, 52m), (5, 40m), (20, 60m));
        var xml = Document(TimeSeries(No5, DayStart, DayEnd, "PT60M", points, curveType: "A03"));

        var prices = Assert.Single(Read(xml, RatesFrom("2024-01-01", 10m))).Prices;

        Assert.Equal(24, prices.Count);
        Assert.Equal(new[] { 0.50m, 0.52m, 0.52m, 0.52m }, prices.Take(4).Select(p => p.NokPerKwh));
        Assert.All(prices.Skip(4).Take(15), p => Assert.Equal(0.40m, p.NokPerKwh)); // positions 5–19
        Assert.All(prices.Skip(19), p => Assert.Equal(0.60m, p.NokPerKwh));         // positions 20–24
        Assert.Equal(new DateTime(2025, 1, 15, 22, 0, 0, DateTimeKind.Utc), prices[^1].StartUtc);
    }

    [Fact]
    public void Negative_prices_are_kept()
    {
        var xml = Document(TimeSeries(No5, DayStart, DayEnd, "PT60M", Points(24, p => -1.5m - p)));

        var prices = Assert.Single(Read(xml)).Prices;

        Assert.All(prices, p => Assert.True(p.NokPerKwh < 0));
        Assert.Equal(-0.02875m, prices[0].NokPerKwh); // -2.5 EUR/MWh × 11.5 / 1000
    }

    [Theory]
    [InlineData("85.37", "11.5", "0.981755")]
    [InlineData("12.34565", "10", "0.123457")]   // a midpoint rounds away from zero, not to even
    [InlineData("-12.34565", "10", "-0.123457")]
    [InlineData("0.01", "11.73", "0.000117")]     // 0.0001173
    public void Prices_are_converted_from_EUR_per_MWh_to_NOK_per_kWh_to_six_decimals(string eurPerMwh, string rate, string nokPerKwh)
    {
        var eur = decimal.Parse(eurPerMwh, CultureInfo.InvariantCulture);
        var xml = Document(TimeSeries(No5, DayStart, DayEnd, "PT60M", Points(24, _ => eur)));

        var prices = Assert.Single(Read(xml, RatesFrom("2024-01-01", decimal.Parse(rate, CultureInfo.InvariantCulture)))).Prices;

        Assert.All(prices, p => Assert.Equal(decimal.Parse(nokPerKwh, CultureInfo.InvariantCulture), p.NokPerKwh));
    }

    [Fact]
    public void Each_slot_takes_the_rate_of_its_Oslo_date()
    {
        // 22:00Z is 23:00 on 14 January in Oslo; 23:00Z is midnight starting 15 January.
        var rates = new EurNokRates(new Dictionary<string, decimal> { ["2025-01-01"] = 10m, ["2025-01-15"] = 12m });
        var xml = Document(TimeSeries(No5, "2025-01-14T22:00Z", "2025-01-15T00:00Z", "PT60M", Points(2, _ => 100m)));

        var prices = Assert.Single(Read(xml, rates)).Prices;

        Assert.Equal(new[] { 1.0m, 1.2m }, prices.Select(p => p.NokPerKwh));
    }

    [Fact]
    public void Quarter_hours_replace_the_hours_of_the_same_area_and_time()
    {
        // Hours for 14 and 15 January, quarter-hours for 15 January only.
        var xml = Document(
            TimeSeries(No5, "2025-01-13T23:00Z", DayEnd, "PT60M", Points(48, _ => 60m))
            + "\n"
            + TimeSeries(No5, DayStart, DayEnd, "PT15M", Points(96, _ => 40m)));

        var series = Read(xml);

        Assert.Equal(2, series.Count);
        var hours = Assert.Single(series, s => s.Prices[0].Minutes == 60);
        var quarters = Assert.Single(series, s => s.Prices[0].Minutes == 15);
        Assert.Equal((new DateTime(2025, 1, 13, 23, 0, 0, DateTimeKind.Utc), new DateTime(2025, 1, 14, 23, 0, 0, DateTimeKind.Utc)), (hours.FromUtc, hours.ToUtc));
        Assert.Equal(24, hours.Prices.Count);
        Assert.Equal(96, quarters.Prices.Count);
        Assert.Equal(hours.ToUtc, quarters.FromUtc);
    }

    [Fact]
    public void Two_hourly_series_of_one_area_over_the_same_time_are_refused()
    {
        var xml = Document(
            TimeSeries(No5, DayStart, DayEnd, "PT60M", Points(24, _ => 60m))
            + "\n"
            + TimeSeries(No5, DayStart, DayEnd, "PT60M", Points(24, _ => 61m)));

        var refused = Refused(xml);

        Assert.Contains("overlapper", refused.Reason, StringComparison.Ordinal);
        Assert.EndsWith("<Period>", refused.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_document_is_refused_with_the_line_where_it_ends()
    {
        var whole = Document(TimeSeries(No5, DayStart, DayEnd, "PT60M", Points(24, _ => 60m)));
        var xml = whole[..whole.IndexOf("<position>13</position>", StringComparison.Ordinal)];

        var refused = Refused(xml);

        Assert.Contains("ikke gyldig XML", refused.Reason, StringComparison.Ordinal);
        Assert.Matches(@"^linje \d+$", refused.Location);
    }

    [Fact]
    public void A_document_of_another_type_is_refused()
    {
        var xml = Document(TimeSeries(No5, DayStart, DayEnd, "PT60M", Points(24, _ => 60m)), type: "A65");

        var refused = Refused(xml);

        Assert.Equal("Dokumenttypen er A65; ventet A44 (day-ahead-priser).", refused.Reason);
        Assert.Equal("linje 5, <type>", refused.Location);
    }

    [Fact]
    public void The_no_data_acknowledgement_is_refused_and_not_read_as_zero_prices()
    {
        const string xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Acknowledgement_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-1:acknowledgementdocument:7:0">
              <mRID>8c3a1b0e-5f2d-4c7e-9a61-2d0b7e4f9c11</mRID>
              <createdDateTime>2025-01-16T08:12:43Z</createdDateTime>
              <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</sender_MarketParticipant.mRID>
              <sender_MarketParticipant.marketRole.type>A32</sender_MarketParticipant.marketRole.type>
              <receiver_MarketParticipant.mRID codingScheme="A01">10X1001A1001A39I</receiver_MarketParticipant.mRID>
              <receiver_MarketParticipant.marketRole.type>A39</receiver_MarketParticipant.marketRole.type>
              <received_MarketDocument.createdDateTime>2025-01-16T08:12:43Z</received_MarketDocument.createdDateTime>
              <Reason>
                <code>999</code>
                <text>No matching data found for Data item Day-ahead Prices [12.1.D] (10Y1001A1001A48H, 10Y1001A1001A48H) and interval 2030-01-01T00:00:00.000Z/2030-01-02T00:00:00.000Z.</text>
              </Reason>
            </Acknowledgement_MarketDocument>
            """;

        var refused = Refused(xml);

        Assert.Contains("ingen data", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("nullpriser", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("No matching data found", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("linje 2, <Acknowledgement_MarketDocument>", refused.Location);
    }

    [Fact]
    public void A_document_without_time_series_is_refused()
    {
        var refused = Refused(Document(""));

        Assert.Contains("ingen <TimeSeries>", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("linje 2, <Publication_MarketDocument>", refused.Location);
    }

    [Fact]
    public void Prices_in_another_currency_are_refused()
    {
        var refused = Refused(Document(TimeSeries(No5, DayStart, DayEnd, "PT60M", Points(24, _ => 600m), currency: "SEK")));

        Assert.Equal("Valutaen er SEK; ventet EUR.", refused.Reason);
        Assert.EndsWith("<currency_Unit.name>", refused.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_beyond_the_interval_is_refused_at_that_point()
    {
        var xml = Document(TimeSeries(No5, DayStart, DayEnd, "PT60M", Points(25, _ => 60m)));

        var refused = Refused(xml);

        Assert.Contains("Posisjon 25 er utenfor intervallet", refused.Reason, StringComparison.Ordinal);
        Assert.Equal($"linje {LineOf(xml, "<position>25</position>")}, <Point>", refused.Location);
    }

    [Fact]
    public void A_point_without_a_price_is_refused_naming_the_element()
    {
        var points = Points(24, _ => 60m).Replace("<position>5</position><price.amount>60</price.amount>", "<position>5</position>", StringComparison.Ordinal);
        var xml = Document(TimeSeries(No5, DayStart, DayEnd, "PT60M", points));

        var refused = Refused(xml);

        Assert.Equal("<price.amount> mangler i <Point>.", refused.Reason);
        Assert.Equal($"linje {LineOf(xml, "<position>5</position></Point>")}, <Point>", refused.Location);
    }

    [Fact]
    public void A_date_without_an_exchange_rate_is_refused_naming_the_date_and_the_setting()
    {
        var xml = Document(TimeSeries(No5, DayStart, DayEnd, "PT60M", Points(24, _ => 60m)));

        var refused = Refused(xml, RatesFrom("2025-06-01", 11.5m));

        Assert.Contains("2025-01-15", refused.Reason, StringComparison.Ordinal);
        Assert.Contains("Prices:Import:EurNok", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_rates_at_all_refuse_any_document()
    {
        var xml = Document(TimeSeries(No5, DayStart, DayEnd, "PT60M", Points(24, _ => 60m)));

        Assert.Contains("Prices:Import:EurNok", Refused(xml, EurNokRates.None).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_area_is_refused_naming_its_EIC_code()
    {
        var xml = Document(TimeSeries("10Y1001A1001A44P", DayStart, DayEnd, "PT60M", Points(24, _ => 60m)));

        var refused = Refused(xml);

        Assert.Contains("10Y1001A1001A44P", refused.Reason, StringComparison.Ordinal);
        Assert.EndsWith("<in_Domain.mRID>", refused.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void An_A01_curve_with_a_missing_position_is_refused()
    {
        var points = PointsAt(Enumerable.Range(1, 24).Where(p => p != 7).Select(p => (p, 60m)).ToArray());
        var xml = Document(TimeSeries(No5, DayStart, DayEnd, "PT60M", points));

        var refused = Refused(xml);

        Assert.Contains("Posisjon 7 mangler", refused.Reason, StringComparison.Ordinal);
        Assert.Equal($"linje {LineOf(xml, "<position>8</position>")}, <Point>", refused.Location);
    }

    [Fact]
    public void An_A01_curve_that_stops_early_is_refused()
    {
        var xml = Document(TimeSeries(No5, DayStart, DayEnd, "PT60M", Points(22, _ => 60m)));

        var refused = Refused(xml);

        Assert.Contains("Posisjon 23–24 mangler", refused.Reason, StringComparison.Ordinal);
        Assert.EndsWith("<Period>", refused.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_resolution_is_refused()
    {
        var refused = Refused(Document(TimeSeries(No5, DayStart, DayEnd, "PT30M", Points(48, _ => 60m))));

        Assert.Contains("PT30M", refused.Reason, StringComparison.Ordinal);
        Assert.EndsWith("<resolution>", refused.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_of_quarter_hours_for_five_areas_is_read_whole()
    {
        string[] areas = [No1, "10YNO-2--------T", "10YNO-3--------J", "10YNO-4--------9", No5];
        var points = Points(365 * 96, p => p % 200 - 20.25m);
        var xml = Document(string.Join("\n", areas.Select(eic => TimeSeries(eic, "2025-12-31T23:00Z", "2026-12-31T23:00Z", "PT15M", points))));

        var series = Read(xml);

        // How fast: bench/ (docs/performance.md), not here.
        Assert.Equal(5 * 365 * 96, series.Sum(s => s.Prices.Count));
        Assert.Equal(-19.25m * 11.5m / 1000, series[0].Prices[0].NokPerKwh); // position 1: 1 % 200 - 20.25 EUR/MWh
    }

    [Fact]
    public void The_rates_refuse_a_key_that_is_not_a_date_or_a_rate_not_above_zero()
    {
        var notADate = Assert.Throws<InvalidOperationException>(() => RatesFrom("2025-13-01", 11m));
        var zero = Assert.Throws<InvalidOperationException>(() => RatesFrom("2025-01-01", 0m));

        Assert.Contains("Prices:Import:EurNok:2025-13-01", notADate.Message, StringComparison.Ordinal);
        Assert.Contains("Prices:Import:EurNok:2025-01-01", zero.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rate_holds_from_its_date_until_the_next()
    {
        var rates = new EurNokRates(new Dictionary<string, decimal> { ["2025-03-01"] = 11.6m, ["2025-01-01"] = 11.5m });

        Assert.Null(rates.RateOn(new DateOnly(2024, 12, 31)));
        Assert.Equal(11.5m, rates.RateOn(new DateOnly(2025, 1, 1)));
        Assert.Equal(11.5m, rates.RateOn(new DateOnly(2025, 2, 28)));
        Assert.Equal(11.6m, rates.RateOn(new DateOnly(2025, 3, 1)));
        Assert.Equal(11.6m, rates.RateOn(new DateOnly(2030, 1, 1)));
        Assert.Null(EurNokRates.None.RateOn(new DateOnly(2025, 1, 1)));
    }

    private static IReadOnlyList<PriceSeries> Read(string xml, EurNokRates? rates = null) =>
        EntsoeDayAheadDocument.Read(new StringReader(xml), rates ?? Rates);

    private static PriceFileException Refused(string xml, EurNokRates? rates = null)
    {
        var refused = Assert.Throws<PriceFileException>(() => Read(xml, rates));
        Assert.Matches(@"^linje \d+", refused.Location);
        return refused;
    }

    private static EurNokRates RatesFrom(string date, decimal rate) => new(new Dictionary<string, decimal> { [date] = rate });

    private static void AssertContiguous(PriceSeries series)
    {
        for (var i = 1; i < series.Prices.Count; i++)
        {
            Assert.Equal(series.Prices[i - 1].EndUtc, series.Prices[i].StartUtc);
        }
    }

    private static int LineOf(string xml, string text) =>
        xml[..xml.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    /// <summary>A day-ahead answer as the Transparency Platform gives it, around the given time series.</summary>
    private static string Document(string timeSeries, string type = "A44") => $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3">
          <mRID>5b6f3c8e2a1d4e0f9b7c6a5d4e3f2a1b</mRID>
          <revisionNumber>1</revisionNumber>
          <type>{{type}}</type>
          <sender_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</sender_MarketParticipant.mRID>
          <sender_MarketParticipant.marketRole.type>A32</sender_MarketParticipant.marketRole.type>
          <receiver_MarketParticipant.mRID codingScheme="A01">10X1001A1001A450</receiver_MarketParticipant.mRID>
          <receiver_MarketParticipant.marketRole.type>A33</receiver_MarketParticipant.marketRole.type>
          <createdDateTime>2025-01-14T12:48:31Z</createdDateTime>
          <period.timeInterval>
            <start>2025-01-14T23:00Z</start>
            <end>2025-01-15T23:00Z</end>
          </period.timeInterval>
        {{timeSeries}}
        </Publication_MarketDocument>
        """;

    private static string TimeSeries(string eic, string start, string end, string resolution, string points, string curveType = "A01", string currency = "EUR") => $$"""
          <TimeSeries>
            <mRID>1</mRID>
            <auction.type>A01</auction.type>
            <businessType>A62</businessType>
            <in_Domain.mRID codingScheme="A01">{{eic}}</in_Domain.mRID>
            <out_Domain.mRID codingScheme="A01">{{eic}}</out_Domain.mRID>
            <contract_MarketAgreement.type>A01</contract_MarketAgreement.type>
            <currency_Unit.name>{{currency}}</currency_Unit.name>
            <price_Measure_Unit.name>MWH</price_Measure_Unit.name>
            <curveType>{{curveType}}</curveType>
            <Period>
              <timeInterval>
                <start>{{start}}</start>
                <end>{{end}}</end>
              </timeInterval>
              <resolution>{{resolution}}</resolution>
        {{points}}
            </Period>
          </TimeSeries>
        """;

    /// <summary>Points 1 to <paramref name="count"/>, one per line.</summary>
    private static string Points(int count, Func<int, decimal> eurPerMwh) =>
        string.Join("\n", Enumerable.Range(1, count).Select(position => Point(position, eurPerMwh(position))));

    private static string PointsAt(params (int Position, decimal EurPerMwh)[] points) =>
        string.Join("\n", points.Select(p => Point(p.Position, p.EurPerMwh)));

    private static string Point(int position, decimal eurPerMwh) =>
        string.Create(CultureInfo.InvariantCulture, $"      <Point><position>{position}</position><price.amount>{eurPerMwh}</price.amount></Point>");
}
