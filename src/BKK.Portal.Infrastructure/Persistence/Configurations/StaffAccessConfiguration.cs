using BKK.Portal.Domain.CustomerService;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class StaffAccessConfiguration : IEntityTypeConfiguration<StaffAccess>
{
    public void Configure(EntityTypeBuilder<StaffAccess> builder)
    {
        builder.ToTable("StaffAccesses");
        builder.Property(a => a.StaffSubject).HasMaxLength(200);
        builder.Property(a => a.StaffName).HasMaxLength(200);
        builder.Property(a => a.CaseReference).HasMaxLength(64);
        builder.Property(a => a.ReasonText).HasMaxLength(StaffAccess.MaximumReasonLength);
        builder.HasOne<CustomerRelationship>().WithMany().HasForeignKey(a => a.CustomerRelationshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.StaffSubject, a.CustomerRelationshipId, a.ExpiresUtc }); // the window check of every staff read
        builder.HasIndex(a => new { a.CustomerRelationshipId, a.OpenedUtc }); // Mine data and retention
        builder.HasIndex(a => a.OpenedUtc); // the team lead's log
    }
}
