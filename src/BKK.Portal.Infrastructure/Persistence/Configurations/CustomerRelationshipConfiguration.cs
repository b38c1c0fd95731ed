namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class CustomerRelationshipConfiguration : IEntityTypeConfiguration<CustomerRelationship>
{
    public void Configure(EntityTypeBuilder<CustomerRelationship> builder)
    {
        builder.ToTable("CustomerRelationships");
        builder.Property(r => r.CustomerNumber).HasConversion(ValueConverters.CustomerNumber).HasMaxLength(8).IsUnicode(false);
        builder.HasIndex(r => r.CustomerNumber).IsUnique();
        builder.Property(r => r.HolderName).HasMaxLength(200);
        builder.Property(r => r.OrganisationNumber).HasConversion(ValueConverters.OrganisationNumber).HasMaxLength(9).IsUnicode(false);
        builder.HasMany(r => r.MeteringPoints).WithOne().HasForeignKey(m => m.CustomerRelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.MeteringPoints).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
