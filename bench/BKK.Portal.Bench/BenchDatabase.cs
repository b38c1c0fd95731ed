using BKK.Portal.Domain.Common;
using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Bench;

/// <summary>A portal database file as the portal makes it: migrated, with the demo customers and metering points.</summary>
internal static class BenchDatabase
{
    public static DateOnly Today { get; } = OsloTime.Today(TimeProvider.System);

    public static DemoDataSet Demo { get; } = DemoDataGenerator.Create(Today);

    public static string NewFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "bkk-portal-bench", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static PortalDbContext Open(string file) =>
        new(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite($"Data Source={file}", o => o.MigrationsAssembly(PortalDbContextConfigurator.SqliteMigrationsAssembly))
            .Options);

    /// <summary>Migrates a new file and adds the demo people, relationships and metering points, no meter values.</summary>
    public static async Task<string> CreateWithoutValuesAsync(string folder)
    {
        var file = Path.Combine(folder, "portal.db");
        await using var db = Open(file);
        await db.Database.MigrateAsync();
        var demo = DemoDataGenerator.Create(Today);
        db.People.AddRange(demo.People);
        db.CustomerRelationships.AddRange(demo.Relationships);
        db.AccessGrants.AddRange(demo.Grants);
        await db.SaveChangesAsync();
        return file;
    }
}
