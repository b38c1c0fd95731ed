using BKK.Portal.Application.Consumption;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Consumption;

[Collection(PortalCollection.Name)]
public sealed class ImportRoundTripTests(PortalFactory factory)
{
    [Fact]
    public async Task Exporting_three_years_and_importing_them_gives_the_same_values()
    {
        using var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        var pointId = DemoValues.PointOf("10000017");
        var csv = await kari.Http.GetStringAsync($"/forbruk?malepunkt={pointId}&handler=csv&omfang=alt");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var key = await DemoValues.KeyOfAsync(db, pointId);
        var before = await ValuesAsync(db, key);
        Assert.True(before.Count > 2 * 50_000, "three years of consumption and production");
        Assert.Equal(before.Count, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1);

        await db.MeterValues.Where(v => v.MeteringPointKey == key).ExecuteDeleteAsync();
        var summary = await scope.ServiceProvider.GetRequiredService<MeterValueImporter>().ImportAsync(new StringReader(csv), null, CancellationToken.None);

        Assert.Empty(summary.Rejections);
        Assert.Equal(before.Count, summary.Inserted);
        Assert.Equal(before, await ValuesAsync(db, key));
    }

    private static Task<List<(int Direction, DateTime StartUtc, int Resolution, long Wh, int Status)>> ValuesAsync(PortalDbContext db, int key) =>
        db.MeterValues.AsNoTracking().Where(v => v.MeteringPointKey == key)
            .OrderBy(v => v.Direction).ThenBy(v => v.StartUtc)
            .Select(v => ValueTuple.Create((int)v.Direction, v.StartUtc, (int)v.Resolution, v.QuantityWh, (int)v.Status))
            .ToListAsync();
}
