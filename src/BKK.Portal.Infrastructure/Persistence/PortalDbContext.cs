using BKK.Portal.Application.Common;
using BKK.Portal.Domain.Access;
using BKK.Portal.Domain.Consumption;
using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Meters;
using Microsoft.EntityFrameworkCore;

namespace BKK.Portal.Infrastructure.Persistence;

public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options), IPortalDbContext
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<CustomerRelationship> CustomerRelationships => Set<CustomerRelationship>();

    public DbSet<AccessGrant> AccessGrants => Set<AccessGrant>();

    public DbSet<MeteringPoint> MeteringPoints => Set<MeteringPoint>();

    public DbSet<MeterValue> MeterValues => Set<MeterValue>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
}
