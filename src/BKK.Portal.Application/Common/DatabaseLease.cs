using System.Security.Cryptography;

namespace BKK.Portal.Application.Common;

/// <summary>
/// A named lease in the database (<see cref="JobLease"/>) that lets one portal instance at a time run a
/// job, whatever the number of instances: take it before the work, renew it before each unit of work
/// (a holder that lost it stops), and release it after. A holder that dies leaves it to expire after
/// <c>duration</c>; then another instance takes it. One lease object is one holder.
/// </summary>
public sealed class DatabaseLease(IPortalDbContext db, TimeProvider clock, string name, TimeSpan duration)
{
    /// <summary>Who holds it: machine, process and a random part (no personal data).</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant()}";

    /// <returns>Whether this holder has the lease now (it was free, expired, or already this holder's).</returns>
    public async Task<bool> TryTakeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var taken = await db.JobLeases.Where(l => l.Name == name && (l.ExpiresUtc <= now || l.Holder == Holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, Holder).SetProperty(l => l.ExpiresUtc, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.JobLeases.AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        var lease = new JobLease(name, Holder, until);
        db.JobLeases.Add(lease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another instance inserted it first
        }
        finally
        {
            db.Entry(lease).State = EntityState.Detached;
        }
    }

    /// <summary>
    /// Runs a counting job under the lease: takes it, runs <paramref name="work"/>, and releases it after, also when
    /// the work fails or is cancelled.
    /// </summary>
    /// <returns>What the work counted; 0 when another instance holds the lease.</returns>
    public async Task<int> RunAsync(Func<Task<int>> work, CancellationToken cancellationToken)
    {
        if (!await TryTakeAsync(cancellationToken))
        {
            return 0;
        }

        try
        {
            return await work();
        }
        finally
        {
            await ReleaseAsync();
        }
    }

    /// <summary>Extends the lease by its duration from now.</summary>
    /// <exception cref="InvalidOperationException">Another instance has taken it: stop the work.</exception>
    public async Task RenewAsync(CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow().UtcDateTime + duration;
        var renewed = await db.JobLeases.Where(l => l.Name == name && l.Holder == Holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresUtc, until), cancellationToken);
        if (renewed == 0)
        {
            throw new InvalidOperationException($"The {name} lease was taken by another instance; this run stops.");
        }
    }

    /// <summary>Lets the lease expire now, so another instance need not wait; not cancellable, so it runs after a cancelled run too.</summary>
    public async Task ReleaseAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.JobLeases.Where(l => l.Name == name && l.Holder == Holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresUtc, now), CancellationToken.None);
    }
}
