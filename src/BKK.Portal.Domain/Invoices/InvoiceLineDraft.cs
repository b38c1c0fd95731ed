namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// One line of an invoice: quantity × unit price (NOK excl. VAT), the amount rounded to øre; or,
/// for a line summed hour by hour (price support), that sum rounded, with the average as unit price.
/// </summary>
public sealed record InvoiceLineDraft(InvoiceLineKind Kind, string Description, decimal Quantity, string Unit, decimal UnitPriceNok, decimal? SummedAmount = null)
{
    public decimal AmountExclVat => SummedAmount ?? Money.Round(Quantity * UnitPriceNok);

    /// <summary>Interest is not a sale of a service: no VAT on it.</summary>
    public bool VatExempt => Kind == InvoiceLineKind.DeferralInterest;
}
