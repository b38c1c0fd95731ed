namespace BKK.Portal.Infrastructure.Persistence;

/// <summary>Chooses the provider and its own migrations assembly (one per provider).</summary>
public static class PortalDbContextConfigurator
{
    public const string SqliteMigrationsAssembly = "BKK.Portal.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "BKK.Portal.Migrations.SqlServer";

    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)).AddInterceptors(KeepSqliteConnectionOpen.Instance);
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(connectionString, o =>
                {
                    o.MigrationsAssembly(SqlServerMigrationsAssembly);
                    // A few short retries: a page request waits seconds, not minutes, before the 503 page.
                    o.EnableRetryOnFailure(maxRetryCount: 2, maxRetryDelay: TimeSpan.FromSeconds(2), errorNumbersToAdd: null);
                });
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{provider}'.");
        }
    }
}
