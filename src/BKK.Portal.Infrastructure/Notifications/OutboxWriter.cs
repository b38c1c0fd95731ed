using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Notifications;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BKK.Portal.Infrastructure.Notifications;

/// <summary>
/// The outbox written in bulk in the caller's transaction. On SQLite one prepared INSERT is reused for every row
/// (EF Core's insert of 50,000 rows, each returning its id, took 6 s; docs/performance.md); the table's and columns'
/// names come from the EF model, and Microsoft.Data.Sqlite stores the parameters as EF Core does. Elsewhere EF Core.
/// </summary>
public sealed class OutboxWriter(PortalDbContext db) : IOutboxWriter
{
    private static readonly string[] Columns =
    [
        nameof(OutboxMessage.IdempotencyKey), nameof(OutboxMessage.Kind), nameof(OutboxMessage.Channel), nameof(OutboxMessage.PersonId),
        nameof(OutboxMessage.CustomerRelationshipId), nameof(OutboxMessage.Recipient), nameof(OutboxMessage.Language), nameof(OutboxMessage.Subject),
        nameof(OutboxMessage.Body), nameof(OutboxMessage.HtmlBody), nameof(OutboxMessage.CreatedUtc), nameof(OutboxMessage.Status),
        nameof(OutboxMessage.Attempts), nameof(OutboxMessage.NextAttemptUtc),
    ];

    public async Task WriteAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("The outbox is written in the transaction of its event.");
        if (!db.Database.IsSqlite())
        {
            db.OutboxMessages.AddRange(messages);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var message in messages)
            {
                db.Entry(message).State = EntityState.Detached;
            }

            return;
        }

        var entity = db.Model.FindEntityType(typeof(OutboxMessage))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var names = Columns.Select(c => entity.FindProperty(c)!.GetColumnName(table)!).ToArray();
        await using var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        command.Transaction = (SqliteTransaction)transaction.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        foreach (var m in messages)
        {
            object?[] values =
            [
                m.IdempotencyKey, (int)m.Kind, (int)m.Channel, m.PersonId, m.CustomerRelationshipId, m.Recipient, (int)m.Language, m.Subject,
                m.Body, m.HtmlBody, m.CreatedUtc, (int)m.Status, m.Attempts, m.NextAttemptUtc,
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
