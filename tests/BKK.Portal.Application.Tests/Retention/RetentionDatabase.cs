using System.Security.Cryptography;
using System.Text;
using BKK.Portal.Application.Access;
using BKK.Portal.Application.Privacy;
using BKK.Portal.Application.Retention;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Tests.Retention;

/// <summary>
/// A copy of a <see cref="DemoDatabase"/> in a file the test owns, opened with contexts the test can
/// give a fault; and the retention job built over it.
/// </summary>
public sealed class RetentionDatabase : IAsyncDisposable
{
    private readonly string _path;

    private RetentionDatabase(string path) => _path = path;

    public string ConnectionString => $"Data Source={_path}";

    /// <summary>A copy of <paramref name="demo"/>'s database as it is now.</summary>
    public static async Task<RetentionDatabase> CopyOfAsync(DemoDatabase demo)
    {
        var path = demo.Folder.Combine($"copy-{Guid.NewGuid():N}.db");
        await using var connection = new SqliteConnection(demo.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path";
        command.Parameters.AddWithValue("$path", path);
        await command.ExecuteNonQueryAsync();
        return new RetentionDatabase(path);
    }

    /// <summary>A context over the copy; each call a fresh one, as each run of the job gets in the portal.</summary>
    public PortalDbContext Open(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<PortalDbContext>()
            .UseSqlite(ConnectionString, o => o.MigrationsAssembly(PortalDbContextConfigurator.SqliteMigrationsAssembly))
            .AddInterceptors(interceptors)
            .Options);

    public async Task<RetentionReport> RunJobAsync(TimeProvider clock, bool dryRun = false, PrivacyCatalogue? catalogue = null, params IInterceptor[] interceptors)
    {
        await using var db = Open(interceptors);
        var job = new RetentionJob(db, new MeterValueWriter(db), catalogue ?? BkkPrivacyCatalogue.Current, clock, Options.Create(new RetentionOptions()), Options.Create(new LoginSessionOptions()), NullLogger<RetentionJob>.Instance);
        return await job.RunAsync(dryRun, CancellationToken.None);
    }

    /// <summary>
    /// Every row of every table the job may touch, in key order, hashed: equal when the data is equal.
    /// The job's own bookkeeping (its runs and lease) is left out.
    /// </summary>
    public async Task<string> FingerprintAsync()
    {
        var text = new StringBuilder();
        foreach (var table in new[] { "People", "CustomerRelationships", "AccessGrants", "MeteringPoints", "MeterValues", "Invoices", "InvoiceLines", "Payments", "Inquiries", "InquiryMessages", "AuditEntries", "ConsentRecords" })
        {
            text.Append(table).Append('\n');
            await foreach (var row in RowsAsync(table))
            {
                text.AppendJoin('|', row.Select(c => c.Value)).Append("|\n");
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Every row of a table, in key order, as its columns' names and values.</summary>
    public async IAsyncEnumerable<IReadOnlyList<(string Column, object Value)>> RowsAsync(string table)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2, 3";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            yield return [.. Enumerable.Range(0, reader.FieldCount).Select(i => (reader.GetName(i), reader.GetValue(i)))];
        }
    }

    /// <summary>Pays what is owed on the invoices chosen (they are then settled, as a final settlement would).</summary>
    public static async Task PayOpenInvoicesAsync(PortalDbContext db, System.Linq.Expressions.Expression<Func<Invoice, bool>> which, DateOnly paidOn)
    {
        foreach (var invoice in await db.Invoices.Include(i => i.Payments).Where(which).ToListAsync())
        {
            if (invoice.AmountDue > 0)
            {
                invoice.Pay(paidOn, invoice.AmountDue, PaymentMethod.NettbankGiro);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }
}
