namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<Domain.Common.JobLease>
{
    public void Configure(EntityTypeBuilder<Domain.Common.JobLease> builder)
    {
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100).IsUnicode(false);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}
