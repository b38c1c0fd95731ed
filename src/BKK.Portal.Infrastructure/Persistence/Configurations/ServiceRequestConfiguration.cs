using BKK.Portal.Domain.Requests;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class ServiceRequestConfiguration : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> builder)
    {
        builder.ToTable("ServiceRequests");
        builder.HasOne<CustomerRelationship>().WithMany().HasForeignKey(r => r.CustomerRelationshipId).OnDelete(DeleteBehavior.Cascade);

        // SQL Server refuses a second cascade path from the relationship; the retention job removes a point's requests first.
        builder.HasOne<MeteringPoint>().WithMany().HasForeignKey(r => r.MeteringPointKey).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(r => new { r.CompletedUtc, r.RequestedUtc }); // the queue: the waiting ones, oldest first
    }
}
