using BKK.Portal.Infrastructure;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Application.Tests.Retention;

/// <summary>
/// The portal's SQLite database as its first start makes it, without the web host: the portal's own
/// settings (its appsettings.json, copied beside the tests), migrated and seeded with the demo data as on
/// <see cref="SeedDay"/>, in a folder of the test's own.
/// </summary>
public sealed class DemoDatabase : IDisposable
{
    public static readonly DateOnly SeedDay = RetentionSeedDay.Value;

    private DemoDatabase(TempFolder folder) => Folder = folder;

    public TempFolder Folder { get; }

    public string ConnectionString => $"Data Source={Folder.Combine("portal.db")}";

    public static async Task<DemoDatabase> SeedAsync()
    {
        var database = new DemoDatabase(new TempFolder("retention-"));
        await database.StartAsync(seedDemoData: true);
        return database;
    }

    /// <summary>What the portal does with its database at a start (migrations, and what comes with them), seeding nothing.</summary>
    public Task StartAgainAsync() => StartAsync(seedDemoData: false);

    private async Task StartAsync(bool seedDemoData)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "portal-appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:DataDirectory"] = Folder.FullName,
                ["Identity:AcceptSyntheticNumbers"] = "true",
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(new ManualClock(ManualClock.OsloNoon(SeedDay)))
            .AddPortalApplication(configuration)
            .AddPortalInfrastructure(configuration, Folder.FullName);
        await using var provider = services.BuildServiceProvider();
        await provider.InitializePortalDatabaseAsync(seedDemoData);
    }

    public void Dispose() => Folder.Dispose();
}
