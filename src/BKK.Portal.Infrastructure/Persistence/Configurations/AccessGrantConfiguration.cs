using BKK.Portal.Domain.Access;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class AccessGrantConfiguration : IEntityTypeConfiguration<AccessGrant>
{
    public void Configure(EntityTypeBuilder<AccessGrant> builder)
    {
        builder.ToTable("AccessGrants");
        builder.HasOne(g => g.Person).WithMany().HasForeignKey(g => g.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(g => g.Relationship).WithMany().HasForeignKey(g => g.CustomerRelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => new { g.PersonId, g.CustomerRelationshipId }).IsUnique();
    }
}
