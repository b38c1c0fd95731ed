namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class InvoiceLineConfiguration : IEntityTypeConfiguration<InvoiceLine>
{
    public void Configure(EntityTypeBuilder<InvoiceLine> builder)
    {
        builder.ToTable("InvoiceLines");
        builder.Property(l => l.Description).HasMaxLength(200);
        builder.Property(l => l.Unit).HasMaxLength(10);
        builder.Property(l => l.Quantity).HasConversion(MoneyConverters.Thousandths);
        builder.Property(l => l.UnitPriceNok).HasConversion(MoneyConverters.TenThousandths);
        builder.Property(l => l.AmountExclVat).HasConversion(MoneyConverters.Ore);
    }
}
