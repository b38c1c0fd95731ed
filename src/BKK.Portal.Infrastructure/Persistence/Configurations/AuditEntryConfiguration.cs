using BKK.Portal.Domain.Audit;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.ActorSubject).HasMaxLength(200);
        builder.Property(a => a.Field).HasMaxLength(50).IsUnicode(false);
        builder.Property(a => a.Detail).HasMaxLength(100);
        builder.HasIndex(a => new { a.CustomerRelationshipId, a.AtUtc });
        builder.HasIndex(a => a.ActorSubject);
    }
}
