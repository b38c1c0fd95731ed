using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Audit;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Inquiries;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Domain.Meters;
using BKK.Portal.Domain.Privacy;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Application.Common;

/// <summary>
/// The database as the use cases see it. No repository on top: handlers query EF Core
/// directly (see docs/decisions/0003-dbcontext-without-repositories.md).
/// </summary>
public interface IPortalDbContext
{
    DbSet<Person> People { get; }

    DbSet<CustomerRelationship> CustomerRelationships { get; }

    DbSet<AccessGrant> AccessGrants { get; }

    DbSet<MeteringPoint> MeteringPoints { get; }

    DbSet<MeterValue> MeterValues { get; }

    DbSet<Invoice> Invoices { get; }

    DbSet<Inquiry> Inquiries { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<ConsentRecord> ConsentRecords { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
