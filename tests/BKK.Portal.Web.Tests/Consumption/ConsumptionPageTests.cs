using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using BKK.Portal.Web.Tests.Support;

namespace BKK.Portal.Web.Tests.Consumption;

[Collection(PortalCollection.Name)]
public sealed class ConsumptionPageTests(PortalFactory factory)
{
    private static readonly string KariHomePoint = DemoValues.PointOf("10000017");
    private static readonly string PerFirstPoint = DemoValues.PointOf("20000016");

    private static DateOnly LastMonth => new DateOnly(DemoValues.Today.Year, DemoValues.Today.Month, 1).AddMonths(-1);

    [Fact]
    public async Task The_overview_shows_last_months_consumption_as_Forbruk_does_without_the_solar_panels_production()
    {
        using var kari = factory.CreatePortalClient();
        var overview = await PortalClient.ParseAsync(await kari.LoginAsync("kari"));
        var forbruk = await kari.GetPageAsync($"/forbruk?malepunkt={KariHomePoint}&periode=maned&dato={LastMonth:yyyy-MM-dd}");

        Assert.Equal(
            forbruk.QuerySelector("[data-testid=period-total]")!.TextContent.Trim(),
            overview.QuerySelector("[data-testid=last-month-total]")!.TextContent.Trim()); // Kari's home is the relationship shown first
    }

    [Fact]
    public async Task Only_a_metering_point_with_production_offers_the_production_series()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        using var per = factory.CreatePortalClient();
        await per.LoginAsync("per");

        var home = await kari.GetPageAsync($"/forbruk?malepunkt={KariHomePoint}&periode=maned&dato={LastMonth:yyyy-MM-dd}"); // solar panels
        var bakery = await per.GetPageAsync($"/forbruk?malepunkt={PerFirstPoint}&periode=maned&dato={LastMonth:yyyy-MM-dd}");

        Assert.NotNull(home.QuerySelector("a[href*='serie=produksjon']"));
        Assert.Null(bakery.QuerySelector("a[href*='serie=produksjon']"));
    }

    [Fact]
    public async Task Month_page_shows_a_row_per_day_that_sum_to_the_total_and_the_capacity_step()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var page = await kari.GetPageAsync($"/forbruk?malepunkt={KariHomePoint}&periode=maned&dato={LastMonth:yyyy-MM-dd}");

        var cells = page.QuerySelectorAll("[data-testid=consumption-table] tbody td[data-kwh]")
            .Select(c => decimal.Parse(c.GetAttribute("data-kwh")!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(LastMonth.AddMonths(1).DayNumber - LastMonth.DayNumber, cells.Count);
        var total = page.QuerySelector("[data-testid=period-total]")!.TextContent;
        Assert.Equal(cells.Sum().ToString("N1", CultureInfo.GetCultureInfo("nb-NO")) + " kWh", total);
        var capacity = page.QuerySelector($"[data-testid=capacity-table] tr[data-month='{LastMonth:yyyy-MM}']");
        Assert.NotNull(capacity);
        Assert.Equal(3, capacity.QuerySelectorAll("li").Length);
        Assert.Contains(" kr", capacity.TextContent, StringComparison.Ordinal);
        Assert.NotEqual("Ingen verdier", page.QuerySelector("[data-testid=last-year-total]")!.TextContent);
    }

    [Theory]
    [InlineData("dag", 23, 25)]
    [InlineData("uke", 7, 7)]
    [InlineData("ar", 12, 12)]
    public async Task Day_week_and_year_have_their_rows(string period, int minRows, int maxRows)
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var page = await kari.GetPageAsync($"/forbruk?malepunkt={KariHomePoint}&periode={period}&dato={LastMonth:yyyy-MM-dd}");

        var rows = page.QuerySelectorAll("[data-testid=consumption-table] tbody tr").Length;
        Assert.InRange(rows, minRows, maxRows);
    }

    [Theory]
    [InlineData("")]
    [InlineData("&handler=csv")]
    [InlineData("&handler=json")]
    public async Task A_metering_point_of_another_relationship_is_not_found(string handler)
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var foreign = await kari.Http.GetAsync($"/forbruk?malepunkt={PerFirstPoint}{handler}");
        var unknown = await kari.Http.GetAsync($"/forbruk?malepunkt=707057500088553215{handler}");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var body = await foreign.Content.ReadAsStringAsync();
        Assert.DoesNotContain(PerFirstPoint, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Industriveien", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("periode=kvartal", "Ukjent periode")]
    [InlineData("dato=25.11.2026", "Ugyldig dato")]
    [InlineData("dato=2001-01-01", "Forbruk kan vises fra")]
    [InlineData("serie=nett", "Ukjent serie")]
    public async Task Bad_input_gets_a_norwegian_message(string query, string message)
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var response = await kari.Http.GetAsync("/forbruk?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("[data-testid=consumption-error]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_year_the_three_years_begin_in_is_shown_with_working_links_and_no_way_further_back()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var earliest = new DateOnly(DemoValues.Today.Year, DemoValues.Today.Month, 1).AddYears(-3);

        var page = await kari.GetPageAsync($"/forbruk?malepunkt={KariHomePoint}&periode=ar&dato={earliest:yyyy-MM-dd}");

        Assert.Equal(earliest.Year.ToString(CultureInfo.InvariantCulture), page.QuerySelector("[data-testid=period-title]")!.TextContent);
        Assert.Null(page.QuerySelector("[data-testid=previous-period]"));
        var csv = await kari.Http.GetAsync(page.QuerySelector("[data-testid=export-csv]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var next = await kari.Http.GetAsync(page.QuerySelector("[data-testid=next-period]")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Csv_export_is_for_norwegian_excel_at_full_resolution()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");

        var response = await kari.Http.GetAsync($"/forbruk?malepunkt={KariHomePoint}&periode=dag&dato={LastMonth:yyyy-MM-dd}&handler=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("målepunkt-id;start;oppløsning;retning;kwh;status", lines[0]);
        // Kari's home has quarter-hour values last month, and solar panels: two series of 92 to 100 values.
        var consumption = lines.Skip(1).Where(l => l.Contains(";forbruk;", StringComparison.Ordinal)).ToList();
        Assert.InRange(consumption.Count, 92, 100);
        Assert.Equal(consumption.Count, lines.Skip(1).Count(l => l.Contains(";produksjon;", StringComparison.Ordinal)));
        Assert.Matches(@"^\d{18};\d{4}-\d\d-\d\dT\d\d:\d\d:00\+0[12]:00;PT15M;forbruk;\d+,\d{3};(målt|estimert|mangler)$", consumption[0]);
    }

    [Fact]
    public async Task Json_export_has_the_same_values_as_the_csv()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var query = $"/forbruk?malepunkt={KariHomePoint}&periode=dag&dato={LastMonth:yyyy-MM-dd}";

        var csv = (await kari.Http.GetStringAsync(query + "&handler=csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        using var json = JsonDocument.Parse(await kari.Http.GetStringAsync(query + "&handler=json"));

        var values = json.RootElement.GetProperty("values").EnumerateArray().ToList();
        Assert.Equal(csv.Count, values.Count);
        var firstKwh = values[0].GetProperty("kwh").GetDecimal();
        Assert.Equal(csv[0].Split(';')[4], firstKwh.ToString("0.000", CultureInfo.InvariantCulture).Replace('.', ','));
    }
}
