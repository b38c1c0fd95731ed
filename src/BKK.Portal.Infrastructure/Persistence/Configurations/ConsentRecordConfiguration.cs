namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<Domain.Privacy.ConsentRecord>
{
    public void Configure(EntityTypeBuilder<Domain.Privacy.ConsentRecord> builder)
    {
        builder.ToTable("ConsentRecords");
        builder.Property(c => c.ConsentId).HasMaxLength(32).IsUnicode(false);
        builder.Property(c => c.CatalogueVersion).HasMaxLength(50);
        builder.Property(c => c.Choice).HasMaxLength(20).IsUnicode(false);
        builder.Property(c => c.Categories).HasMaxLength(100).IsUnicode(false);
        builder.Property(c => c.TextHash).HasMaxLength(64).IsUnicode(false);
        builder.HasIndex(c => c.ConsentId);
    }
}
