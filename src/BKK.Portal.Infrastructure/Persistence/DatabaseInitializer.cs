using BKK.Portal.Application.Consumption;
using BKK.Portal.Infrastructure.DemoData;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
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
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (options.Provider == DatabaseProvider.SqlServer && !string.IsNullOrWhiteSpace(options.PortalLogin))
        {
            await EnsurePortalLoginAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), options, cancellationToken);
        }
    }

    /// <summary>
    /// The portals' own SQL Server login: db_datareader and db_datawriter in the portal's database, no schema
    /// rights and no server roles. Name and password go in as parameters and are quoted by QUOTENAME.
    /// </summary>
    private static async Task EnsurePortalLoginAsync(PortalDbContext db, DatabaseOptions options, CancellationToken cancellationToken)
    {
        var file = options.PortalLoginPasswordFile
            ?? throw new InvalidOperationException("Database:PortalLoginPasswordFile must name the file with the portal login's password.");
        var password = SecretFile.Read(file);
        if (password.Length == 0)
        {
            throw new InvalidOperationException("The portal login's password file is empty.");
        }

        await db.Database.ExecuteSqlRawAsync(
            PortalLoginSql,
            [new Microsoft.Data.SqlClient.SqlParameter("@login", options.PortalLogin), new Microsoft.Data.SqlClient.SqlParameter("@password", password)],
            cancellationToken);
    }

    private const string PortalLoginSql = """
        IF @login IS NULL OR LEN(@login) > 128 OR @password IS NULL OR LEN(@password) > 128
            THROW 50001, 'The portal login and its password must each have 1 to 128 characters.', 1;
        IF @login = SUSER_SNAME() OR IS_SRVROLEMEMBER('sysadmin', @login) = 1
            THROW 50002, 'The portal login must not be the admin login migrate runs as, nor a sysadmin: its password would be replaced.', 1;
        DECLARE @sql nvarchar(max);
        IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = @login)
            SET @sql = N'CREATE LOGIN ' + QUOTENAME(@login) + N' WITH PASSWORD = ' + QUOTENAME(@password, '''') + N', CHECK_POLICY = ON';
        ELSE
            SET @sql = N'ALTER LOGIN ' + QUOTENAME(@login) + N' WITH PASSWORD = ' + QUOTENAME(@password, '''');
        EXEC sp_executesql @sql;
        IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = @login)
            SET @sql = N'CREATE USER ' + QUOTENAME(@login) + N' FOR LOGIN ' + QUOTENAME(@login);
        ELSE
            SET @sql = N'ALTER USER ' + QUOTENAME(@login) + N' WITH LOGIN = ' + QUOTENAME(@login); -- after a restore elsewhere: tie the user to this server's login again
        EXEC sp_executesql @sql;
        SET @sql = N'ALTER ROLE db_datareader ADD MEMBER ' + QUOTENAME(@login) + N'; ALTER ROLE db_datawriter ADD MEMBER ' + QUOTENAME(@login);
        EXEC sp_executesql @sql;
        """;

    private static async Task MigrateAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        var db = scoped.GetRequiredService<PortalDbContext>();
        await CreateSqliteFileIfMissingAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);

        // Keys written in the clear before the key certificate was configured would stay the default key for up to
        // 90 days (and in every backup): with a certificate, they go, and a new, encrypted one is made below.
        // Logins and open forms of before are refused once; nothing stored is lost.
        if (scoped.GetRequiredService<IOptions<KeyEncryptionOptions>>().Value.EncryptsKeys)
        {
            await db.DataProtectionKeys.Where(k => k.Xml == null || !k.Xml.Contains("encryptedSecret")).ExecuteDeleteAsync(cancellationToken);
        }

        // A database from before the day sums: made once from the values, or the month so far would bill empty days.
        if (!await db.MeterDaySums.AnyAsync(cancellationToken) && await db.MeterValues.AnyAsync(cancellationToken))
        {
            await scoped.GetRequiredService<IMeterDaySums>().RebuildAsync(cancellationToken);
        }

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
