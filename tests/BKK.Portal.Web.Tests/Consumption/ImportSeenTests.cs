using System.Globalization;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Meters;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Consumption;

/// <summary>
/// Nothing about consumption is cached between requests: a value an import replaces shows on the next request in the day
/// view (read from the values) and in the month and year views (read from the day sums the import keeps).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ImportSeenTests(PortalFactory factory)
{
    private static readonly string KariHomePoint = DemoValues.PointOf("10000017");

    [Fact]
    public async Task A_value_an_import_replaces_is_seen_on_the_next_request_in_the_day_month_and_year_views()
    {
        var lastMonth = new DateOnly(DemoValues.Today.Year, DemoValues.Today.Month, 1).AddMonths(-1);
        var day = lastMonth.AddDays(9);
        var startUtc = OsloTime.ToUtc(day).AddHours(12);
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var before = await ViewsAsync(kari, day);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var key = await DemoValues.KeyOfAsync(db, KariHomePoint);
        var stored = await db.MeterValues.AsNoTracking()
            .SingleAsync(v => v.MeteringPointKey == key && v.Direction == FlowDirection.Consumption && v.StartUtc == startUtc);
        try
        {
            await ImportAsync(scope, startUtc, stored.Resolution, stored.QuantityWh + 100_000, stored.Status);

            var after = await ViewsAsync(kari, day);
            Assert.Equal(before.Day + 100m, after.Day);
            Assert.Equal(before.Month + 100m, after.Month);
            Assert.Equal(before.Year + 100m, after.Year);
        }
        finally
        {
            await ImportAsync(scope, startUtc, stored.Resolution, stored.QuantityWh, stored.Status);
        }

        Assert.Equal(before, await ViewsAsync(kari, day));
    }

    private static async Task ImportAsync(AsyncServiceScope scope, DateTime startUtc, MeterResolution resolution, long wh, MeterValueStatus status)
    {
        var line = MeterValueCsvFormat.FormatLine(KariHomePoint, startUtc, resolution, FlowDirection.Consumption, wh, status);
        var summary = await scope.ServiceProvider.GetRequiredService<MeterValueImporter>()
            .ImportAsync(new StringReader(MeterValueCsvFormat.Header + "\n" + line + "\n"), null, CancellationToken.None);
        Assert.Empty(summary.Rejections);
        Assert.Equal(1, summary.Replaced);
    }

    /// <summary>The day's total in the day view, the day's row in the month view, and the month's row in the year view.</summary>
    private static async Task<(decimal Day, decimal Month, decimal Year)> ViewsAsync(PortalClient kari, DateOnly day)
    {
        var query = $"/forbruk?malepunkt={KariHomePoint}&dato={day:yyyy-MM-dd}&periode=";
        var dayView = await kari.GetPageAsync(query + "dag");
        var monthView = await kari.GetPageAsync(query + "maned");
        var yearView = await kari.GetPageAsync(query + "ar");
        return (
            Kwh(dayView.QuerySelectorAll("[data-testid=consumption-table] tbody td[data-kwh]")).Sum(),
            Kwh(monthView.QuerySelectorAll("[data-testid=consumption-table] tbody td[data-kwh]"))[day.Day - 1],
            Kwh(yearView.QuerySelectorAll("[data-testid=consumption-table] tbody td[data-kwh]"))[day.Month - 1]);
    }

    private static List<decimal> Kwh(IEnumerable<AngleSharp.Dom.IElement> cells) =>
        cells.Select(c => c.GetAttribute("data-kwh") is { Length: > 0 } kwh ? decimal.Parse(kwh, CultureInfo.InvariantCulture) : 0m).ToList();
}
