using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class InquiryConfiguration : IEntityTypeConfiguration<Inquiry>
{
    public void Configure(EntityTypeBuilder<Inquiry> builder)
    {
        builder.ToTable("Inquiries");
        builder.HasIndex(i => new { i.CustomerRelationshipId, i.CreatedUtc });
        builder.HasOne<CustomerRelationship>().WithMany().HasForeignKey(i => i.CustomerRelationshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.Status, i.CreatedUtc }); // the queue
        builder.Property(i => i.AssignedToSubject).HasMaxLength(200);
        builder.Property(i => i.AssignedToName).HasMaxLength(200);
        builder.Property(i => i.FromChatWith).HasMaxLength(Domain.CustomerService.Chat.MaxNameLength);
        builder.Ignore(i => i.IsOpen);
        builder.HasMany(i => i.Messages).WithOne().HasForeignKey(m => m.InquiryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Messages).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
