namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class MeteringPointConfiguration : IEntityTypeConfiguration<MeteringPoint>
{
    public void Configure(EntityTypeBuilder<MeteringPoint> builder)
    {
        builder.ToTable("MeteringPoints");
        builder.Property(m => m.MeteringPointId).HasColumnName("Gsrn").HasConversion(ValueConverters.MeteringPointId).HasMaxLength(18).IsUnicode(false);
        builder.HasIndex(m => m.MeteringPointId).IsUnique();
        builder.Property(m => m.MeterNumber).HasMaxLength(30);
        builder.Property(m => m.GridStation).HasMaxLength(Domain.Notices.NoticeArea.MaximumValueLength);
        builder.HasIndex(m => m.GridStation); // a notice's area by grid station
        builder.ComplexProperty(m => m.Address, a =>
        {
            a.Property(x => x.Street).HasColumnName("Street").HasMaxLength(200);
            a.Property(x => x.PostalCode).HasColumnName("PostalCode").HasMaxLength(4);
            a.Property(x => x.PostalPlace).HasColumnName("PostalPlace").HasMaxLength(100);
        });
    }
}
