using BKK.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Infrastructure.Tests.Persistence;

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
}
