using BKK.Portal.Domain.Consumption;

namespace BKK.Portal.Domain.Invoices;

/// <summary>The lines and totals of one month's grid invoice for one metering point.</summary>
public sealed record InvoiceDraft(DateOnly Month, IReadOnlyList<InvoiceLineDraft> Lines, decimal VatRate, decimal EnergyKwh, CapacityResult Capacity)
{
    public decimal AmountExclVat => Lines.Sum(l => l.AmountExclVat);

    /// <summary>VAT on the sum of the lines it applies to (not per line), rounded once.</summary>
    public decimal Vat => Money.Vat(Lines.Where(l => !l.VatExempt).Sum(l => l.AmountExclVat), VatRate);

    public decimal AmountInclVat => AmountExclVat + Vat;
}
