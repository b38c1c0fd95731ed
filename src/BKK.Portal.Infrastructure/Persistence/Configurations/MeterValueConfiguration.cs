namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class MeterValueConfiguration : IEntityTypeConfiguration<MeterValue>
{
    public void Configure(EntityTypeBuilder<MeterValue> builder)
    {
        builder.ToTable("MeterValues");

        // Clustered by (metering point, series, start): the portal reads one series' range at a time.
        builder.HasKey(v => new { v.MeteringPointKey, v.Direction, v.StartUtc });
        builder.HasOne<MeteringPoint>().WithMany().HasForeignKey(v => v.MeteringPointKey).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(v => v.EnergyKwh);
    }
}
