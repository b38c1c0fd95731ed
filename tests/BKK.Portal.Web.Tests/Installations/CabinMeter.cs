using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Requests;
using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Installations;

/// <summary>
/// Kari's cabin, whose meter does not send values: its last reading (from the meter, the day it went silent) and the
/// estimated values since. <see cref="KeepAsync"/> puts the values, readings and audit back as they were when a test is done.
/// </summary>
internal sealed record CabinMeter(string MeteringPointId, int Key, DateOnly LastDate, long LastKwh)
{
    public const string Relationship = "10000025";

    public static async Task<CabinMeter> ReadAsync(PortalFactory factory)
    {
        CabinMeter? cabin = null;
        await PortalDatabase.ChangeAsync(factory, async db =>
        {
            var id = (await PortalDatabase.PointsOfAsync(factory, Relationship))[0];
            var key = await Consumption.DemoValues.KeyOfAsync(db, id);
            var last = await db.RegisterReadings.AsNoTracking().Where(r => r.MeteringPointKey == key && r.State == RegisterReadingState.Applied)
                .OrderByDescending(r => r.OnDate).FirstAsync();
            cabin = new CabinMeter(id, key, last.OnDate, last.RegisterKwh);
        });
        return cabin!;
    }

    /// <summary>The values from the last reading to today, in order.</summary>
    public async Task<List<Reading>> ValuesAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMeterReadings>().ReadAsync(
            Key, FlowDirection.Consumption, OsloTime.ToUtc(LastDate), DateTime.UtcNow.AddDays(1), CancellationToken.None);
    }

    /// <summary>A login as Kari, at her cabin.</summary>
    public static async Task<PortalClient> KariAsync(PortalFactory factory)
    {
        var kari = factory.CreatePortalClient();
        await kari.LoginAsync("kari");
        await kari.PostFormAsync("/kundeforhold/bytt", await kari.GetPageAsync("/"), new Dictionary<string, string> { ["kundenummer"] = Relationship }, "form.switcher");
        return kari;
    }

    /// <summary>Keeps the cabin's values and readings as they are now; disposing the handle writes them back (through the import's store, so the day sums follow).</summary>
    public async Task<IAsyncDisposable> KeepAsync(PortalFactory factory)
    {
        var before = await ValuesAsync(factory);
        var readings = new List<int>();
        await PortalDatabase.ChangeAsync(factory, async db => readings.AddRange(await db.RegisterReadings.Where(r => r.MeteringPointKey == Key).Select(r => r.Id).ToListAsync()));
        return PortalDatabase.Undo(async () =>
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await db.RegisterReadings.Where(r => r.MeteringPointKey == Key && !readings.Contains(r.Id)).ExecuteDeleteAsync();
            await db.RegisterReadings.Where(r => r.MeteringPointKey == Key).ExecuteUpdateAsync(s => s.SetProperty(r => r.RegisterKwh, LastKwh));
            await using var batch = await scope.ServiceProvider.GetRequiredService<IMeterValueWriter>().BeginAsync(CancellationToken.None);
            foreach (var value in before)
            {
                await batch.UpdateAsync(new MeterValue(Key, value.StartUtc, value.Resolution, value.Wh, value.Status), CancellationToken.None);
            }

            await batch.CompleteAsync(CancellationToken.None);
        });
    }
}
