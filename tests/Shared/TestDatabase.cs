using BKK.Portal.Infrastructure.DemoData;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Tests.Shared;

/// <summary>A real SQLite database in memory, migrated like the portal's, alive as long as this object.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private TestDatabase(SqliteConnection connection, PortalDbContext db)
    {
        _connection = connection;
        Db = db;
    }

    public PortalDbContext Db { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly(PortalDbContextConfigurator.SqliteMigrationsAssembly))
            .Options;
        var db = new PortalDbContext(options);
        await db.Database.MigrateAsync();
        return new TestDatabase(connection, db);
    }

    /// <summary>The demo's people, relationships (with their metering points) and grants, saved; without meter values or invoices.</summary>
    public async Task<DemoDataSet> AddDemoCustomersAsync()
    {
        var data = DemoDataGenerator.Create(new DateOnly(2026, 11, 25));
        Db.People.AddRange(data.People);
        Db.CustomerRelationships.AddRange(data.Relationships);
        Db.AccessGrants.AddRange(data.Grants);
        await Db.SaveChangesAsync();
        return data;
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
