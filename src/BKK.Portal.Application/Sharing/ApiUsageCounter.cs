namespace BKK.Portal.Application.Sharing;

/// <summary>
/// Counts the calls of each token per Oslo day in memory and adds them to the database in one short transaction every
/// few seconds (and when the portal stops), so a call pays no write of its own. Each instance adds its own counts
/// (<c>Calls = Calls + n</c>), so two instances never overwrite each other. A crash loses at most the counts since the
/// last flush (docs/decisions/0029-api-tokens-for-the-customers-own-data.md).
/// </summary>
public sealed class ApiUsageCounter(TimeProvider clock)
{
    private readonly Lock _lock = new();
    private Dictionary<(int TokenId, DateOnly Day), Usage> _pending = [];

    public void Count(int tokenId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        lock (_lock)
        {
            Add(_pending, (tokenId, OsloTime.LocalDate(now)), 1, now);
        }
    }

    /// <summary>Whether calls wait to be written.</summary>
    public bool HasPending
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>Writes the counts so far; on a failure they are kept for the next time.</summary>
    public async Task<int> FlushAsync(IPortalDbContext db, CancellationToken cancellationToken)
    {
        Dictionary<(int TokenId, DateOnly Day), Usage> taken;
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return 0;
            }

            (taken, _pending) = (_pending, []);
        }

        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                foreach (var ((tokenId, day), usage) in taken)
                {
                    var calls = usage.Calls;
                    var updated = await db.ApiTokenUsages.Where(u => u.ApiTokenId == tokenId && u.Day == day)
                        .ExecuteUpdateAsync(s => s.SetProperty(u => u.Calls, u => u.Calls + calls), cancellationToken);
                    if (updated == 0 && await db.ApiTokens.AnyAsync(t => t.Id == tokenId, cancellationToken))
                    {
                        var row = new ApiTokenUsage(tokenId, day, calls);
                        db.ApiTokenUsages.Add(row);
                        await db.SaveChangesAsync(cancellationToken);
                        db.Entry(row).State = EntityState.Detached;
                    }

                    var last = usage.LastUtc;
                    await db.ApiTokens.Where(t => t.Id == tokenId && (t.LastUsedUtc == null || t.LastUsedUtc < last))
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedUtc, last), cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            });
            return taken.Count;
        }
        catch
        {
            // Not lost: back into what waits, added to anything counted meanwhile.
            lock (_lock)
            {
                foreach (var (key, usage) in taken)
                {
                    Add(_pending, key, usage.Calls, usage.LastUtc);
                }
            }

            throw;
        }
    }

    private static void Add(Dictionary<(int, DateOnly), Usage> into, (int, DateOnly) key, long calls, DateTime lastUtc)
    {
        if (!into.TryGetValue(key, out var usage))
        {
            into[key] = usage = new Usage();
        }

        usage.Calls += calls;
        usage.LastUtc = usage.LastUtc > lastUtc ? usage.LastUtc : lastUtc;
    }

    private sealed class Usage
    {
        public long Calls;
        public DateTime LastUtc;
    }
}
