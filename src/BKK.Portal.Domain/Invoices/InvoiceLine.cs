namespace BKK.Portal.Domain.Invoices;

public sealed class InvoiceLine
{
    private InvoiceLine()
    {
        Description = string.Empty;
        Unit = string.Empty;
    }

    public InvoiceLine(InvoiceLineKind kind, string description, decimal quantity, string unit, decimal unitPriceNok, decimal amountExclVat)
    {
        Kind = kind;
        Description = description;
        Quantity = quantity;
        Unit = unit;
        UnitPriceNok = unitPriceNok;
        AmountExclVat = amountExclVat;
    }

    public int Id { get; private set; }

    public int InvoiceId { get; private set; }

    public InvoiceLineKind Kind { get; private set; }

    public string Description { get; private set; }

    public decimal Quantity { get; private set; }

    public string Unit { get; private set; }

    public decimal UnitPriceNok { get; private set; }

    public decimal AmountExclVat { get; private set; }
}
