namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class RetentionRunConfiguration : IEntityTypeConfiguration<Domain.Privacy.RetentionRun>
{
    public void Configure(EntityTypeBuilder<Domain.Privacy.RetentionRun> builder)
    {
        builder.ToTable("RetentionRuns");
        builder.Property(r => r.Instance).HasMaxLength(200);
        builder.Property(r => r.CatalogueVersion).HasMaxLength(50);
        builder.Property(r => r.Counts).HasMaxLength(4000);
        builder.HasIndex(r => r.StartedUtc);
    }
}
