namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class MeterDaySumConfiguration : IEntityTypeConfiguration<MeterDaySum>
{
    public void Configure(EntityTypeBuilder<MeterDaySum> builder)
    {
        builder.ToTable("MeterDaySums");

        // Clustered like the values: one series' days in a row.
        builder.HasKey(d => new { d.MeteringPointKey, d.Direction, d.Day });
        builder.HasOne<MeteringPoint>().WithMany().HasForeignKey(d => d.MeteringPointKey).OnDelete(DeleteBehavior.Cascade);

        // Marking the days of an area whose prices changed.
        builder.HasIndex(d => new { d.PriceArea, d.Day });

        // Exact sums: a part's kWh has at most 6 decimals and a price 6 (micro-NOK), so a product at most 12.
        builder.Property(d => d.PricedKwh).HasPrecision(18, 6);
        builder.Property(d => d.SpotNok).HasPrecision(28, 12);
        builder.Property(d => d.AboveThresholdNok).HasPrecision(28, 12);
        builder.Property(d => d.StromstotteThresholdNokPerKwh).HasPrecision(9, 6);
        builder.Ignore(d => d.Wh);
    }
}
