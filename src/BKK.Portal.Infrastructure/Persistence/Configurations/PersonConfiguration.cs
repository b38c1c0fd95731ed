namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.Subject).HasMaxLength(200);
        builder.HasIndex(p => p.Subject).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.NationalIdentityNumber).HasConversion(ValueConverters.NationalIdentityNumber).HasMaxLength(11).IsUnicode(false);
        builder.HasIndex(p => p.NationalIdentityNumber).IsUnique();
        builder.ComplexProperty(p => p.Contact, c =>
        {
            c.Property(x => x.AddressLine).HasColumnName("AddressLine").HasMaxLength(200);
            c.Property(x => x.PostalCode).HasColumnName("PostalCode").HasMaxLength(4);
            c.Property(x => x.PostalPlace).HasColumnName("PostalPlace").HasMaxLength(100);
            c.Property(x => x.Phone).HasColumnName("Phone").HasMaxLength(20);
            c.Property(x => x.Email).HasColumnName("Email").HasMaxLength(254);
        });
    }
}
