namespace BKK.Portal.Domain.Invoices;

public enum InvoiceStatus
{
    Open = 1,
    PartlyPaid = 2,
    Paid = 3,
    Overdue = 4,
    DebtCollection = 5,
    Credited = 6,

    /// <summary>The month's price support exceeded the grid charges: the customer is owed the amount (til gode).</summary>
    Refund = 7,
}
