namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.ToTable("ApiTokens");
        builder.Property(t => t.Name).HasMaxLength(ApiToken.MaxNameLength);
        builder.Property(t => t.Prefix).HasMaxLength(16).IsUnicode(false);
        builder.Property(t => t.Hash).HasMaxLength(32);
        builder.HasOne<CustomerRelationship>().WithMany().HasForeignKey(t => t.CustomerRelationshipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.CreatedByPersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.MeteringPoints).WithOne().HasForeignKey(p => p.ApiTokenId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.MeteringPoints).UsePropertyAccessMode(PropertyAccessMode.Field);

        // A call finds its token by the prefix, then compares the hash in constant time.
        builder.HasIndex(t => t.Prefix);
        builder.HasIndex(t => t.CustomerRelationshipId);
    }
}

internal sealed class ApiTokenMeteringPointConfiguration : IEntityTypeConfiguration<ApiTokenMeteringPoint>
{
    public void Configure(EntityTypeBuilder<ApiTokenMeteringPoint> builder)
    {
        builder.ToTable("ApiTokenMeteringPoints");
        builder.HasKey(p => new { p.ApiTokenId, p.MeteringPointKey });

        // SQL Server refuses two cascade paths from the relationship; a metering point removed takes the row through the token.
        builder.HasOne<MeteringPoint>().WithMany().HasForeignKey(p => p.MeteringPointKey).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class ApiTokenUsageConfiguration : IEntityTypeConfiguration<ApiTokenUsage>
{
    public void Configure(EntityTypeBuilder<ApiTokenUsage> builder)
    {
        builder.ToTable("ApiTokenUsages");
        builder.HasKey(u => new { u.ApiTokenId, u.Day });
        builder.HasOne<ApiToken>().WithMany().HasForeignKey(u => u.ApiTokenId).OnDelete(DeleteBehavior.Cascade);
    }
}
