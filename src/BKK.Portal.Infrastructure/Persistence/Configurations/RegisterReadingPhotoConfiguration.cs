using BKK.Portal.Domain.Requests;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class RegisterReadingPhotoConfiguration : IEntityTypeConfiguration<RegisterReadingPhoto>
{
    public void Configure(EntityTypeBuilder<RegisterReadingPhoto> builder)
    {
        builder.ToTable("RegisterReadingPhotos");
        builder.HasOne<RegisterReading>().WithOne().HasForeignKey<RegisterReadingPhoto>(p => p.RegisterReadingId).OnDelete(DeleteBehavior.Cascade);
    }
}
