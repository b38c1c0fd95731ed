using BKK.Portal.Domain.Customers;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Domain.Meters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BKK.Portal.Infrastructure.Persistence.Configurations;

/// <summary>Money is stored as whole øre and quantities as thousandths: exact, and summable in SQLite too.</summary>
internal static class MoneyConverters
{
    public static readonly ValueConverter<decimal, long> Ore = new(v => Whole(v, 100), v => v / 100m);

    public static readonly ValueConverter<decimal, long> Thousandths = new(v => Whole(v, 1000), v => v / 1000m);

    public static readonly ValueConverter<decimal, long> TenThousandths = new(v => Whole(v, 10000), v => v / 10000m);

    /// <summary>The amount in whole units of 1/<paramref name="per"/>; a finer amount is a bug upstream, never cut off silently.</summary>
    public static long Whole(decimal value, int per)
    {
        var scaled = value * per;
        return scaled == decimal.Truncate(scaled)
            ? (long)scaled
            : throw new InvalidOperationException($"{value} has more decimals than the 1/{per} it is stored in; round it where it is computed.");
    }

    public static readonly ValueConverter<Kid, string> Kid = new(v => v.Value, s => Domain.Invoices.Kid.Parse(s).GetValueOrThrow());
}

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("Invoices");
        builder.Property(i => i.Number).HasMaxLength(8).IsUnicode(false);
        builder.HasIndex(i => i.Number).IsUnique();
        builder.HasIndex(i => new { i.CustomerRelationshipId, i.IssueDate });
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

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("Payments");
        builder.Property(p => p.Amount).HasConversion(MoneyConverters.Ore);
        builder.Property(p => p.Kid).HasMaxLength(25).IsUnicode(false);
    }
}
