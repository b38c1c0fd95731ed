using BKK.Portal.Domain.Requests;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class RegisterReadingConfiguration : IEntityTypeConfiguration<RegisterReading>
{
    public void Configure(EntityTypeBuilder<RegisterReading> builder)
    {
        builder.ToTable("RegisterReadings");
        builder.HasOne<MeteringPoint>().WithMany().HasForeignKey(r => r.MeteringPointKey).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.MeteringPointKey, r.OnDate }); // the last reading of a point
        builder.HasIndex(r => r.State); // the ones waiting for a check
    }
}
