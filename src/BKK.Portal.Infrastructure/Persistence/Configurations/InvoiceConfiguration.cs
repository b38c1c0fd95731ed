namespace BKK.Portal.Infrastructure.Persistence.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("Invoices");
        builder.Property(i => i.Number).HasMaxLength(8).IsUnicode(false);
        builder.HasIndex(i => i.Number).IsUnique();
        builder.HasIndex(i => new { i.CustomerRelationshipId, i.IssueDate });
        builder.HasIndex(i => new { i.Announced, i.IssueDate }); // the invoice-ready job finds the few new ones among years of invoices
        // The accounting act keeps invoices for five years: deleting a relationship never takes its invoices along.
        builder.HasOne<CustomerRelationship>().WithMany().HasForeignKey(i => i.CustomerRelationshipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MeteringPoint>().WithMany().HasForeignKey(i => i.MeteringPointKey).OnDelete(DeleteBehavior.NoAction);
        builder.Property(i => i.Kid).HasConversion(MoneyConverters.Kid).HasMaxLength(25).IsUnicode(false);
        builder.Property(i => i.EnergyKwh).HasConversion(MoneyConverters.Thousandths);
        builder.Property(i => i.AmountExclVat).HasConversion(MoneyConverters.Ore);
        builder.Property(i => i.Vat).HasConversion(MoneyConverters.Ore);
        builder.Property(i => i.AmountInclVat).HasConversion(MoneyConverters.Ore);
        builder.Property(i => i.DeferralInterest).HasConversion(MoneyConverters.Ore);
        builder.Property(i => i.VatRate).HasConversion(MoneyConverters.TenThousandths);

        // Two deferral requests at once: the second save finds the due date changed and fails instead of overwriting.
        builder.Property(i => i.DueDate).IsConcurrencyToken();
        builder.Ignore(i => i.PeriodEnd);
        builder.Ignore(i => i.Paid);
        builder.Ignore(i => i.AmountDue);
        builder.HasMany(i => i.Lines).WithOne().HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(i => i.Payments).WithOne().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Payments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
