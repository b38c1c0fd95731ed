using System.Globalization;
using BKK.Portal.Application.Prices;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Prices;

namespace BKK.Portal.Application.Tests.Prices;

public sealed class HvaKosterStrommenFileTests
{
    // Three hours of 15 January 2025 as the site gives them (hourly then), the first one rounded by us.
    private const string ThreeHours = """
        [
          {"NOK_per_kWh":0.41234567,"EUR_per_kWh":0.0352,"EXR":11.7143,"time_start":"2025-01-15T00:00:00+01:00","time_end":"2025-01-15T01:00:00+01:00"},
          {"NOK_per_kWh":0.39943,"EUR_per_kWh":0.0341,"EXR":11.7143,"time_start":"2025-01-15T01:00:00+01:00","time_end":"2025-01-15T02:00:00+01:00"},
          {"NOK_per_kWh":-0.01171,"EUR_per_kWh":-0.001,"EXR":11.7143,"time_start":"2025-01-15T02:00:00+01:00","time_end":"2025-01-15T03:00:00+01:00"}
        ]
        """;

    [Fact]
    public void A_quarter_hour_day_has_96_prices()
    {
        var series = Assert.Single(Read(Day(new DateOnly(2025, 10, 1), 15, i => 0.40m + i / 1000m), PriceArea.NO5));

        Assert.Equal(PriceArea.NO5, series.Area);
        Assert.Equal(96, series.Prices.Count);
        Assert.All(series.Prices, p => Assert.Equal(15, p.Minutes));
        Assert.Equal(new DateTime(2025, 9, 30, 22, 0, 0, DateTimeKind.Utc), series.FromUtc);
        Assert.Equal(DateTimeKind.Utc, series.FromUtc.Kind);
        Assert.Equal(new DateTime(2025, 10, 1, 22, 0, 0, DateTimeKind.Utc), series.ToUtc);
        Assert.Equal(0.400m, series.Prices[0].NokPerKwh);
        Assert.Equal(0.495m, series.Prices[^1].NokPerKwh);
    }

    [Fact]
    public void The_spring_day_has_23_hourly_prices()
    {
        var series = Assert.Single(Read(Day(new DateOnly(2025, 3, 30), 60), PriceArea.NO5));

        Assert.Equal(23, series.Prices.Count);
        Assert.Equal(new DateTime(2025, 3, 29, 23, 0, 0, DateTimeKind.Utc), series.FromUtc);
        Assert.Equal(new DateTime(2025, 3, 30, 22, 0, 0, DateTimeKind.Utc), series.ToUtc);
    }

    [Fact]
    public void The_autumn_day_has_100_quarter_hours_across_the_change_of_offset()
    {
        var json = Day(new DateOnly(2025, 10, 26), 15);
        Assert.Contains("\"time_start\":\"2025-10-26T02:45:00+02:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"time_start\":\"2025-10-26T02:00:00+01:00\"", json, StringComparison.Ordinal);

        var series = Assert.Single(Read(json, PriceArea.NO5));

        Assert.Equal(100, series.Prices.Count);
        Assert.Equal(new DateTime(2025, 10, 25, 22, 0, 0, DateTimeKind.Utc), series.FromUtc);
        Assert.Equal(new DateTime(2025, 10, 26, 23, 0, 0, DateTimeKind.Utc), series.ToUtc);
        for (var i = 1; i < series.Prices.Count; i++)
        {
            Assert.Equal(series.Prices[i - 1].EndUtc, series.Prices[i].StartUtc);
        }
    }

    [Fact]
    public void Prices_are_kept_to_six_decimals_and_negative_ones_as_they_are()
    {
        var prices = Assert.Single(Read(ThreeHours, PriceArea.NO1)).Prices;

        Assert.Equal(new[] { 0.412346m, 0.39943m, -0.01171m }, prices.Select(p => p.NokPerKwh));
        Assert.Equal(new DateTime(2025, 1, 14, 23, 0, 0, DateTimeKind.Utc), prices[0].StartUtc);
        Assert.All(prices, p => Assert.Equal(60, p.Minutes));
    }

    [Fact]
    public void A_day_of_negative_prices_is_kept()
    {
        var prices = Assert.Single(Read(Day(new DateOnly(2025, 6, 1), 15, i => -0.05m - i / 1000m), PriceArea.NO2)).Prices;

        Assert.Equal(96, prices.Count);
        Assert.All(prices, p => Assert.True(p.NokPerKwh < 0));
        Assert.Equal(-0.145m, prices[^1].NokPerKwh);
    }

    [Fact]
    public void A_missing_field_is_refused_naming_the_field_and_the_entry()
    {
        var json = ThreeHours.Replace("\"EXR\":11.7143,\"time_start\":\"2025-01-15T01", "\"time_start\":\"2025-01-15T01", StringComparison.Ordinal);

        var refused = Refused(json);

        Assert.Equal("Feltet EXR mangler.", refused.Reason);
        Assert.Equal("element 2 (linje 3)", refused.Location);
    }

    [Fact]
    public void A_gap_between_intervals_is_refused()
    {
        var json = ThreeHours.Replace(
            "\"time_start\":\"2025-01-15T02:00:00+01:00\",\"time_end\":\"2025-01-15T03:00:00+01:00\"",
            "\"time_start\":\"2025-01-15T03:00:00+01:00\",\"time_end\":\"2025-01-15T04:00:00+01:00\"",
            StringComparison.Ordinal);

        var refused = Refused(json);

        Assert.Contains("Hull", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("element 3 (linje 4)", refused.Location);
    }

    [Fact]
    public void Intervals_that_overlap_are_refused()
    {
        var json = ThreeHours.Replace("\"time_start\":\"2025-01-15T02:00:00+01:00\"", "\"time_start\":\"2025-01-15T01:00:00+01:00\"", StringComparison.Ordinal)
            .Replace("\"time_end\":\"2025-01-15T03:00:00+01:00\"", "\"time_end\":\"2025-01-15T02:00:00+01:00\"", StringComparison.Ordinal);

        var refused = Refused(json);

        Assert.Contains("overlapper", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("element 3 (linje 4)", refused.Location);
    }

    [Fact]
    public void Intervals_of_mixed_lengths_are_refused()
    {
        var json = ThreeHours.Replace("\"time_end\":\"2025-01-15T03:00:00+01:00\"", "\"time_end\":\"2025-01-15T02:15:00+01:00\"", StringComparison.Ordinal);

        var refused = Refused(json);

        Assert.Contains("like lange", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("element 3 (linje 4)", refused.Location);
    }

    [Fact]
    public void An_interval_that_is_neither_15_nor_60_minutes_is_refused()
    {
        var json = ThreeHours.Replace("\"time_end\":\"2025-01-15T01:00:00+01:00\"", "\"time_end\":\"2025-01-15T00:30:00+01:00\"", StringComparison.Ordinal);

        Assert.Contains("ventet 15 eller 60", Refused(json).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_in_NOK_that_is_not_EUR_times_the_rate_is_refused()
    {
        var json = ThreeHours.Replace("\"NOK_per_kWh\":0.39943", "\"NOK_per_kWh\":0.49943", StringComparison.Ordinal);

        var refused = Refused(json);

        Assert.Contains("motsier seg selv", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("element 2 (linje 3)", refused.Location);
    }

    [Fact]
    public void A_time_without_an_offset_is_refused()
    {
        var json = ThreeHours.Replace("\"2025-01-15T00:00:00+01:00\"", "\"2025-01-15T00:00:00\"", StringComparison.Ordinal);

        Assert.Contains("time_start", Refused(json).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_refused_with_its_line()
    {
        var json = ThreeHours[..ThreeHours.IndexOf("\"EXR\":11.7143,\"time_start\":\"2025-01-15T01", StringComparison.Ordinal)];

        var refused = Refused(json);

        Assert.Contains("ikke gyldig JSON", refused.Reason, StringComparison.Ordinal);
        Assert.Matches(@"^linje \d+$", refused.Location);
    }

    [Fact]
    public void An_empty_list_is_refused()
    {
        var refused = Refused("[\n]\n");

        Assert.Contains("ingen priser", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("linje 2", refused.Location);
    }

    [Fact]
    public void Something_other_than_a_list_is_refused()
    {
        var refused = Refused("""{"error": "Not found"}""");

        Assert.Contains("ikke en JSON-liste", refused.Reason, StringComparison.Ordinal);
        Assert.Equal("linje 1", refused.Location);
    }

    [Theory]
    [InlineData("10-01_NO5.json", "NO5")]
    [InlineData("10-01_no1.JSON", "NO1")]
    [InlineData("/srv/priser/2025/03-30_NO3.json", "NO3")]
    [InlineData("10-01.json", null)]
    [InlineData("10-01_NO6.json", null)]
    [InlineData("10-01_NO5.xml", null)]
    [InlineData("10-01_SE3.json", null)]
    [InlineData("NO5.json", null)]
    public void The_area_is_read_from_the_end_of_the_file_name(string fileName, string? area)
    {
        Assert.Equal(area, HvaKosterStrommenFile.AreaFromFileName(fileName)?.ToString());
    }

    private static IReadOnlyList<PriceSeries> Read(string json, PriceArea area) =>
        HvaKosterStrommenFile.Read(new StringReader(json), area);

    private static PriceFileException Refused(string json)
    {
        var refused = Assert.Throws<PriceFileException>(() => Read(json, PriceArea.NO5));
        Assert.Matches(@"^(linje \d+|element \d+ \(linje \d+\))$", refused.Location);
        return refused;
    }

    /// <summary>An Oslo day as the site gives it: one entry per line, times with the offset of the moment.</summary>
    private static string Day(DateOnly date, int minutes, Func<int, decimal>? nokPerKwh = null)
    {
        var entries = new List<string>();
        var (at, end) = (OsloTime.ToUtc(date), OsloTime.ToUtc(date.AddDays(1)));
        for (var i = 0; at < end; i++, at = at.AddMinutes(minutes))
        {
            entries.Add(Entry(at, at.AddMinutes(minutes), nokPerKwh?.Invoke(i) ?? 0.5m));
        }

        return "[\n" + string.Join(",\n", entries) + "\n]\n";
    }

    private static string Entry(DateTime startUtc, DateTime endUtc, decimal nokPerKwh, decimal exr = 11.5m) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $$"""  {"NOK_per_kWh":{{nokPerKwh}},"EUR_per_kWh":{{Math.Round(nokPerKwh / exr, 8)}},"EXR":{{exr}},"time_start":"{{Time(startUtc)}}","time_end":"{{Time(endUtc)}}"}""");

    private static string Time(DateTime utc) =>
        OsloTime.ToOffset(utc).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
