using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BKK.Portal.Web.Tests.Support;

/// <summary>The test portal's database, read and changed directly (what another process, or time, would do).</summary>
internal static class PortalDatabase
{
    /// <summary>The metering point IDs of a relationship, in order of key.</summary>
    public static async Task<List<string>> PointsOfAsync(PortalFactory factory, string customerNumber)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var number = Domain.Customers.CustomerNumber.Parse(customerNumber).Value!;
        return (await db.MeteringPoints.Where(m => db.CustomerRelationships.Any(r => r.Id == m.CustomerRelationshipId && r.CustomerNumber == number)).OrderBy(m => m.Id).Select(m => m.MeteringPointId).ToListAsync())
            .Select(m => m.Value).ToList();
    }

    /// <summary>The relationship's invoice with the lowest number, with its lines.</summary>
    public static async Task<Domain.Invoices.Invoice> FirstInvoiceOfAsync(PortalFactory factory, string customerNumber)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var number = CustomerNumber.Parse(customerNumber).Value!;
        var id = await db.CustomerRelationships.Where(r => r.CustomerNumber == number).Select(r => r.Id).SingleAsync();
        return await db.Invoices.AsNoTracking().Include(i => i.Lines).Where(i => i.CustomerRelationshipId == id).OrderBy(i => i.Number).FirstAsync();
    }

    /// <summary>Changes the database directly (what another process, or time, would do).</summary>
    public static async Task ChangeAsync(PortalFactory factory, Func<PortalDbContext, Task> change)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await change(db);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A grant for the person with <paramref name="subject"/> to the relationship <paramref name="customerNumber"/> while the
    /// returned handle lives; disposing it takes the grant away again, so the shared portal is as before.
    /// </summary>
    public static async Task<IAsyncDisposable> GrantAsync(PortalFactory factory, string subject, string customerNumber, AccessLevel level)
    {
        var id = 0;
        await ChangeAsync(factory, async db =>
        {
            var person = await db.People.SingleAsync(p => p.Subject == subject);
            var relationship = await db.CustomerRelationships.SingleAsync(r => r.CustomerNumber == CustomerNumber.Parse(customerNumber).Value!);
            var grant = new AccessGrant(person, relationship, level, DateTimeOffset.UtcNow);
            db.AccessGrants.Add(grant);
            await db.SaveChangesAsync();
            id = grant.Id;
        });
        return Undo(() => ChangeAsync(factory, db => db.AccessGrants.Where(g => g.Id == id).ExecuteDeleteAsync()));
    }

    /// <summary>A handle whose disposal runs <paramref name="undo"/>: a test's change taken back, even when the test fails.</summary>
    public static IAsyncDisposable Undo(Func<Task> undo) => new Undoing(undo);

    private sealed class Undoing(Func<Task> undo) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await undo();
    }
}
