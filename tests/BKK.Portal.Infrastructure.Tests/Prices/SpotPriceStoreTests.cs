using System.Globalization;
using System.Text;
using BKK.Portal.Application.Prices;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Prices;
using BKK.Portal.Infrastructure.Prices;

namespace BKK.Portal.Infrastructure.Tests.Prices;

/// <summary>
/// The price import against a real SQLite database, as the <c>prices</c> command runs it: a file goes in whole
/// or not at all, a second import of the same file changes nothing, and the prices read back are the file's.
/// </summary>
public sealed class SpotPriceStoreTests
{
    private const string No5 = "10Y1001A1001A48H";
    private const string No1 = "10YNO-1--------2";
    private static readonly EurNokRates Rates = new(new Dictionary<string, decimal> { ["2025-01-01"] = 11.5m });

    // 26 October 2025: the clocks go back, 25 hours in Oslo; quarter-hours since 1 October 2025.
    private static readonly DateTime AutumnStart = OsloTime.ToUtc(new DateOnly(2025, 10, 26));
    private static readonly DateTime AutumnEnd = OsloTime.ToUtc(new DateOnly(2025, 10, 27));

    [Fact]
    public async Task A_file_imported_twice_is_stored_once_and_read_back_as_it_was()
    {
        await using var database = await TestDatabase.CreateAsync();
        var file = Document(Series(No5, AutumnStart, AutumnEnd, p => p - 50.5m));

        var first = await ImportAsync(database, file);
        var again = await ImportAsync(database, file);

        Assert.Equal(new SpotPriceWriteSummary(100, 0, 0), first);
        Assert.Equal(new SpotPriceWriteSummary(0, 0, 100), again);
        var curve = await new SpotPriceReader(database.Db).ReadAsync(PriceArea.NO5, AutumnStart, AutumnEnd, CancellationToken.None);
        Assert.Equal(100, curve.Prices.Count);
        Assert.All(curve.Prices, p => Assert.Equal(15, p.Minutes));
        Assert.Equal(-49.5m * 11.5m / 1000, curve.Prices[0].NokPerKwh); // a negative price is a price
        Assert.Equal(49.5m * 11.5m / 1000, curve.Prices[^1].NokPerKwh);
        Assert.Equal(AutumnEnd, curve.Prices[^1].EndUtc);
    }

    [Fact]
    public async Task A_changed_day_replaces_the_stored_one_and_another_area_is_left_alone()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, Document(Series(No5, AutumnStart, AutumnEnd, _ => 40m), Series(No1, AutumnStart, AutumnEnd, _ => 30m)));

        var changed = await ImportAsync(database, Document(Series(No5, AutumnStart, AutumnEnd, _ => 80m)));

        Assert.Equal(new SpotPriceWriteSummary(0, 100, 0), changed);
        var reader = new SpotPriceReader(database.Db);
        Assert.All((await reader.ReadAsync(PriceArea.NO5, AutumnStart, AutumnEnd, CancellationToken.None)).Prices, p => Assert.Equal(0.92m, p.NokPerKwh));
        Assert.All((await reader.ReadAsync(PriceArea.NO1, AutumnStart, AutumnEnd, CancellationToken.None)).Prices, p => Assert.Equal(0.345m, p.NokPerKwh));
    }

    [Fact]
    public async Task A_refused_file_changes_nothing_even_when_its_first_area_was_fine()
    {
        await using var database = await TestDatabase.CreateAsync();
        await ImportAsync(database, Document(Series(No5, AutumnStart, AutumnEnd, _ => 40m)));

        // NO1 is new and well-formed, NO5 would change, but the NO5 series has a point beyond its interval.
        var bad = Document(Series(No1, AutumnStart, AutumnEnd, _ => 30m), Series(No5, AutumnStart, AutumnEnd, _ => 80m, extraPoints: 1));
        var refused = await Assert.ThrowsAsync<PriceFileException>(() => ImportAsync(database, bad));

        Assert.Contains("linje", refused.Location, StringComparison.Ordinal);
        var reader = new SpotPriceReader(database.Db);
        Assert.True((await reader.ReadAsync(PriceArea.NO1, AutumnStart, AutumnEnd, CancellationToken.None)).IsEmpty);
        Assert.All((await reader.ReadAsync(PriceArea.NO5, AutumnStart, AutumnEnd, CancellationToken.None)).Prices, p => Assert.Equal(0.46m, p.NokPerKwh));
    }

    [Fact]
    public async Task Hourly_days_before_the_switch_and_quarter_hour_days_after_it_read_as_one_curve()
    {
        await using var database = await TestDatabase.CreateAsync();
        var september30 = OsloTime.ToUtc(new DateOnly(2025, 9, 30));
        var october1 = OsloTime.ToUtc(new DateOnly(2025, 10, 1));
        var october2 = OsloTime.ToUtc(new DateOnly(2025, 10, 2));
        await ImportAsync(database, Document(Series(No5, september30, october1, _ => 100m, "PT60M"), Series(No5, october1, october2, _ => 60m)));

        var curve = await new SpotPriceReader(database.Db).ReadAsync(PriceArea.NO5, september30.AddHours(12), october1.AddHours(12), CancellationToken.None);

        Assert.Equal(12 + (12 * 4), curve.Prices.Count);
        Assert.Equal(1.15m, curve.AverageOver(october1.AddHours(-1), october1));
        Assert.Equal(0.69m, curve.AverageOver(october1, october1.AddHours(1)));
    }

    private static Task<SpotPriceWriteSummary> ImportAsync(TestDatabase database, string xml) =>
        new SpotPriceImporter(new SpotPriceWriter(database.Db), Rates).ImportAsync("A44.xml", new StringReader(xml), null, CancellationToken.None);

    private static string Document(params string[] series) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Publication_MarketDocument xmlns="urn:iec62325.351:tc57wg16:451-3:publicationdocument:7:3">
          <mRID>test</mRID>
          <type>A44</type>
        {string.Join("\n", series)}
        </Publication_MarketDocument>
        """;

    /// <summary>One TimeSeries with one Period over [start, end), a price per position.</summary>
    private static string Series(string eic, DateTime start, DateTime end, Func<int, decimal> eurPerMwh, string resolution = "PT15M", int extraPoints = 0)
    {
        var minutes = resolution == "PT15M" ? 15 : 60;
        var count = (int)(end - start).TotalMinutes / minutes;
        var points = new StringBuilder();
        for (var position = 1; position <= count + extraPoints; position++)
        {
            points.Append(CultureInfo.InvariantCulture, $"<Point><position>{position}</position><price.amount>{eurPerMwh(position)}</price.amount></Point>\n");
        }

        return $"""
              <TimeSeries>
                <in_Domain.mRID codingScheme="A01">{eic}</in_Domain.mRID>
                <out_Domain.mRID codingScheme="A01">{eic}</out_Domain.mRID>
                <currency_Unit.name>EUR</currency_Unit.name>
                <price_Measure_Unit.name>MWH</price_Measure_Unit.name>
                <curveType>A01</curveType>
                <Period>
                  <timeInterval><start>{start:yyyy-MM-dd'T'HH:mm'Z'}</start><end>{end:yyyy-MM-dd'T'HH:mm'Z'}</end></timeInterval>
                  <resolution>{resolution}</resolution>
                  {points}
                </Period>
              </TimeSeries>
            """;
    }
}
