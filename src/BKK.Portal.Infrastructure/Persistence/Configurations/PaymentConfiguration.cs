namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("Payments");
        builder.Property(p => p.Amount).HasConversion(MoneyConverters.Ore);
        builder.Property(p => p.Kid).HasMaxLength(25).IsUnicode(false);
    }
}
