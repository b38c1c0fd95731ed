using BKK.Portal.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Application.Customers;

/// <summary>The logged-in person's display name for the header.</summary>
public sealed class PersonQuery(IPortalDbContext db)
{
    public Task<string?> GetNameAsync(string subject, CancellationToken cancellationToken) =>
        db.People.Where(p => p.Subject == subject).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
}
