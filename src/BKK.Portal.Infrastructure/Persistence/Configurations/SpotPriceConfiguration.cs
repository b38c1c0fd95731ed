using BKK.Portal.Infrastructure.Prices;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class SpotPriceConfiguration : IEntityTypeConfiguration<StoredSpotPrice>
{
    public void Configure(EntityTypeBuilder<StoredSpotPrice> builder)
    {
        builder.ToTable("SpotPrices");

        // Clustered by (area, start): the portal reads one area's range at a time.
        builder.HasKey(p => new { p.Area, p.StartUtc });
    }
}
