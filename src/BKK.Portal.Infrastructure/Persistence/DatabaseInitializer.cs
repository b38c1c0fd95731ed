using BKK.Portal.Infrastructure.DemoData;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Infrastructure.Persistence;

public static class DatabaseInitializer
{
    /// <summary>
    /// Applies pending migrations (when configured) and seeds the demo data into an empty
    /// database when <paramref name="seedDemoData"/> is set. The caller decides that flag and
    /// never sets it in Production.
    /// </summary>
    public static async Task InitializePortalDatabaseAsync(this IServiceProvider services, bool seedDemoData, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        if (scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateAtStart)
        {
            await MigrateAsync(scope.ServiceProvider, cancellationToken);
        }

        if (seedDemoData)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(cancellationToken);
        }
    }

    /// <summary>The `migrate` command: applies every pending migration, whatever <c>Database:MigrateAtStart</c> says.</summary>
    public static async Task MigratePortalDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await MigrateAsync(scope.ServiceProvider, cancellationToken);
    }

    private static async Task MigrateAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        var db = scoped.GetRequiredService<PortalDbContext>();
        await CreateSqliteFileIfMissingAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);

        // The first Data Protection key, made with the database: instances starting together would each make their own.
        scoped.GetRequiredService<IDataProtectionProvider>().CreateProtector("BKK.Portal.Migrate").Protect("first key");
    }

    /// <summary>The portal opens SQLite with Mode=ReadWrite (a missing file is an outage); the first start creates it.</summary>
    private static async Task CreateSqliteFileIfMissingAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var builder = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        if (builder.Mode != SqliteOpenMode.ReadWrite || builder.DataSource is ":memory:" || File.Exists(builder.DataSource))
        {
            return;
        }

        builder.Mode = SqliteOpenMode.ReadWriteCreate;
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
    }
}
