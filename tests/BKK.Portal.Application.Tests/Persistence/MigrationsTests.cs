using BKK.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BKK.Portal.Application.Tests.Persistence;

public sealed class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseProvider.SqlServer, "Server=unused;Database=unused")]
    public void Migrations_of_each_provider_keep_up_with_the_model(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        PortalDbContextConfigurator.Configure(builder, provider, connectionString);
        using var db = new PortalDbContext(builder.Options);

        // Compares the model with the provider's migrations assembly snapshot; no server needed.
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The {provider} migrations lag behind the model: run dotnet ef migrations add for BKK.Portal.Migrations.{provider}.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public async Task Sqlite_database_is_created_by_its_migrations()
    {
        await using var database = await TestDatabase.CreateAsync();

        var applied = await database.Db.Database.GetAppliedMigrationsAsync();

        Assert.Equal(database.Db.Database.GetMigrations(), applied);
    }

    [Fact]
    public async Task Messages_written_before_the_author_subject_existed_get_it_from_the_writers_access()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var options = new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(connection, o => o.MigrationsAssembly(PortalDbContextConfigurator.SqliteMigrationsAssembly)).Options;
        await using var db = new PortalDbContext(options);
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        await migrator.MigrateAsync("20261125152607_ConsentRecords");
        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO People (Id, Subject, Name, NationalIdentityNumber) VALUES (1, 'sub-kari', 'Kari Nordmann', '12847810082'), (2, 'sub-other', 'Kari Nordmann', '23918110062');
            INSERT INTO CustomerRelationships (Id, CustomerNumber, HolderName, CustomerType, TariffType, StartDate) VALUES (1, '10000017', 'Kari Nordmann', 1, 1, '2024-01-01'), (2, '10000025', 'Kari Nordmann', 1, 1, '2024-01-01');
            INSERT INTO AccessGrants (PersonId, CustomerRelationshipId, Level, GrantedAtUtc) VALUES (1, 1, 3, '2024-01-01'), (2, 2, 3, '2024-01-01');
            INSERT INTO Inquiries (Id, CustomerRelationshipId, Topic, Status, CreatedUtc) VALUES (1, 1, 1, 1, '2025-01-01');
            INSERT INTO InquiryMessages (InquiryId, Author, AuthorName, Text, AtUtc) VALUES (1, 1, 'Kari Nordmann', 'Hei', '2025-01-01'), (1, 2, 'Silje', 'Hei Kari', '2025-01-02');
            """);

        await migrator.MigrateAsync();

        var authors = await db.Database.SqlQueryRaw<string>("SELECT COALESCE(AuthorSubject, '-') AS Value FROM InquiryMessages ORDER BY Id").ToListAsync();
        Assert.Equal(["sub-kari", "-"], authors); // the namesake without access to the relationship is not taken; customer service has none
    }
}
