using BKK.Portal.Application.Prices;
using BKK.Portal.Domain.Prices;

namespace BKK.Portal.Application.Tests.Prices;

public sealed class SpotPriceImporterTests
{
    private const string TwoAreas = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3">
          <mRID>5b6f3c8e2a1d4e0f9b7c6a5d4e3f2a1b</mRID>
          <revisionNumber>1</revisionNumber>
          <type>A44</type>
          <createdDateTime>2025-01-14T12:48:31Z</createdDateTime>
          <TimeSeries>
            <mRID>1</mRID>
            <in_Domain.mRID codingScheme="A01">10Y1001A1001A48H</in_Domain.mRID>
            <out_Domain.mRID codingScheme="A01">10Y1001A1001A48H</out_Domain.mRID>
            <currency_Unit.name>EUR</currency_Unit.name>
            <price_Measure_Unit.name>MWH</price_Measure_Unit.name>
            <curveType>A01</curveType>
            <Period>
              <timeInterval>
                <start>2025-01-14T23:00Z</start>
                <end>2025-01-15T01:00Z</end>
              </timeInterval>
              <resolution>PT60M</resolution>
              <Point>
                <position>1</position>
                <price.amount>85.37</price.amount>
              </Point>
              <Point>
                <position>2</position>
                <price.amount>80.12</price.amount>
              </Point>
            </Period>
          </TimeSeries>
          <TimeSeries>
            <mRID>2</mRID>
            <in_Domain.mRID codingScheme="A01">10YNO-1--------2</in_Domain.mRID>
            <out_Domain.mRID codingScheme="A01">10YNO-1--------2</out_Domain.mRID>
            <currency_Unit.name>EUR</currency_Unit.name>
            <price_Measure_Unit.name>MWH</price_Measure_Unit.name>
            <curveType>A03</curveType>
            <Period>
              <timeInterval>
                <start>2025-01-14T23:00Z</start>
                <end>2025-01-15T01:00Z</end>
              </timeInterval>
              <resolution>PT60M</resolution>
              <Point>
                <position>1</position>
                <price.amount>101.5</price.amount>
              </Point>
            </Period>
          </TimeSeries>
        </Publication_MarketDocument>
        """;

    private const string TwoHours = """
        [
          {"NOK_per_kWh":0.41234,"EUR_per_kWh":0.0352,"EXR":11.7143,"time_start":"2025-01-15T00:00:00+01:00","time_end":"2025-01-15T01:00:00+01:00"},
          {"NOK_per_kWh":0.39946,"EUR_per_kWh":0.0341,"EXR":11.7143,"time_start":"2025-01-15T01:00:00+01:00","time_end":"2025-01-15T02:00:00+01:00"}
        ]
        """;

    private static readonly EurNokRates Rates = new(new Dictionary<string, decimal> { ["2025-01-01"] = 11.5m });

    private readonly RecordingWriter _writer = new();

    [Fact]
    public async Task An_ENTSO_E_document_is_written_in_one_call()
    {
        var summary = await ImportAsync("day-ahead-2025-01-15.xml", TwoAreas, area: null);

        var written = Assert.Single(_writer.Calls);
        Assert.Equal(2, written.Count);
        Assert.Equal(4, summary.Inserted);
        Assert.Equal(new[] { 0.981755m, 0.92138m }, written.Single(s => s.Area == PriceArea.NO5).Prices.Select(p => p.NokPerKwh));
        Assert.Equal(new[] { 1.16725m, 1.16725m }, written.Single(s => s.Area == PriceArea.NO1).Prices.Select(p => p.NokPerKwh));
    }

    [Fact]
    public async Task A_refused_document_writes_nothing()
    {
        // The second series is wrong: nothing of the first one is written either.
        var xml = TwoAreas.Replace("<currency_Unit.name>EUR</currency_Unit.name>\n    <price_Measure_Unit.name>MWH</price_Measure_Unit.name>\n    <curveType>A03", "<currency_Unit.name>SEK</currency_Unit.name>\n    <price_Measure_Unit.name>MWH</price_Measure_Unit.name>\n    <curveType>A03", StringComparison.Ordinal);
        Assert.NotEqual(TwoAreas, xml);

        var refused = await Assert.ThrowsAsync<PriceFileException>(() => ImportAsync("day-ahead.xml", xml, area: null));

        Assert.Contains("SEK", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(_writer.Calls);
    }

    [Fact]
    public async Task A_refused_json_file_writes_nothing()
    {
        var json = TwoHours.Replace("\"NOK_per_kWh\":0.39946", "\"NOK_per_kWh\":0.5", StringComparison.Ordinal);

        await Assert.ThrowsAsync<PriceFileException>(() => ImportAsync("01-15_NO5.json", json, area: null));

        Assert.Empty(_writer.Calls);
    }

    [Fact]
    public async Task The_area_of_a_json_file_comes_from_its_name()
    {
        await ImportAsync("01-15_NO5.json", TwoHours, area: null);

        var series = Assert.Single(Assert.Single(_writer.Calls));
        Assert.Equal(PriceArea.NO5, series.Area);
        Assert.Equal(2, series.Prices.Count);
    }

    [Fact]
    public async Task The_area_of_a_json_file_can_be_given()
    {
        await ImportAsync("priser.json", TwoHours, PriceArea.NO3);

        Assert.Equal(PriceArea.NO3, Assert.Single(Assert.Single(_writer.Calls)).Area);
    }

    [Fact]
    public async Task A_json_file_without_an_area_is_refused()
    {
        var refused = await Assert.ThrowsAsync<PriceFileException>(() => ImportAsync("priser.json", TwoHours, area: null));

        Assert.Contains("--område=NO5", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(_writer.Calls);
    }

    [Fact]
    public async Task A_given_area_that_contradicts_the_file_name_is_refused()
    {
        var refused = await Assert.ThrowsAsync<PriceFileException>(() => ImportAsync("01-15_NO1.json", TwoHours, PriceArea.NO5));

        Assert.Contains("NO1", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(_writer.Calls);
    }

    [Fact]
    public async Task Leading_white_space_and_a_byte_order_mark_are_passed_over()
    {
        await ImportAsync("01-15_NO5.json", "\uFEFF\n  " + TwoHours, area: null);

        Assert.Single(_writer.Calls);
    }

    [Theory]
    [InlineData("NOK_per_kWh;time_start\n0.41;2025-01-15T00:00:00+01:00\n")]
    [InlineData("{\"error\": \"Not found\"}")]
    public async Task A_file_of_another_format_is_refused(string content)
    {
        var refused = await Assert.ThrowsAsync<PriceFileException>(() => ImportAsync("priser.csv", content, PriceArea.NO5));

        Assert.Equal("linje 1", refused.Location);
        Assert.Contains("Ukjent filformat", refused.Reason, StringComparison.Ordinal);
        Assert.Empty(_writer.Calls);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var refused = await Assert.ThrowsAsync<PriceFileException>(() => ImportAsync("priser.xml", " \n", area: null));

        Assert.Equal("Filen er tom.", refused.Reason);
        Assert.Empty(_writer.Calls);
    }

    private Task<SpotPriceWriteSummary> ImportAsync(string fileName, string content, PriceArea? area) =>
        new SpotPriceImporter(_writer, Rates).ImportAsync(fileName, new StringReader(content), area, CancellationToken.None);

    /// <summary>Keeps what it is asked to write; every price counts as inserted.</summary>
    private sealed class RecordingWriter : ISpotPriceWriter
    {
        public List<IReadOnlyList<PriceSeries>> Calls { get; } = [];

        public Task<SpotPriceWriteSummary> WriteAsync(IReadOnlyList<PriceSeries> series, CancellationToken cancellationToken)
        {
            Calls.Add(series);
            return Task.FromResult(new SpotPriceWriteSummary(series.Sum(s => s.Prices.Count), 0, 0));
        }
    }
}
