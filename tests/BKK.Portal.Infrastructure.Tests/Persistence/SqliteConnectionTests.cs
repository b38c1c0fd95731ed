using System.Data;
using System.Data.Common;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BKK.Portal.Infrastructure.Tests.Persistence;

/// <summary>
/// A SQLite context as the portal configures it opens its connection once, however many queries it runs, and gives
/// it back to the pool when it is disposed (each open registers EF Core's functions again: docs/performance.md).
/// </summary>
public sealed class SqliteConnectionTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"bkk-connection-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task A_context_opens_its_connection_once_for_all_its_queries_and_closes_it_when_disposed()
    {
        var opens = new CountingOpens();
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        PortalDbContextConfigurator.Configure(builder, DatabaseProvider.Sqlite, $"Data Source={_file}");
        builder.AddInterceptors(opens);
        DbConnection connection;
        await using (var db = new PortalDbContext(builder.Options))
        {
            await db.Database.MigrateAsync();
            var before = opens.Count;
            for (var i = 0; i < 5; i++)
            {
                await db.MeteringPoints.CountAsync();
                await db.Invoices.AnyAsync();
            }

            Assert.True(opens.Count - before <= 1, $"{opens.Count - before} opens for ten queries");
            connection = db.Database.GetDbConnection();
            Assert.Equal(ConnectionState.Open, connection.State);

            // A transaction still commits, and the connection is still the context's after it.
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await db.Database.ExecuteSqlRawAsync("DELETE FROM SpotPrices");
                await transaction.CommitAsync();
            }

            Assert.Equal(ConnectionState.Open, connection.State);
        }

        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    private sealed class CountingOpens : DbConnectionInterceptor
    {
        public int Count { get; private set; }

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Count++;
            return Task.CompletedTask;
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Count++;
    }
}
