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

public enum DeliveryMethod
{
    EFaktura = 1,
    AvtaleGiro = 2,
    Paper = 3,
    Email = 4,
}

/// <summary>The status of an invoice on a given day, from its total, its due date and what has been paid.</summary>
public static class InvoiceStatusRules
{
    /// <remarks>
    /// Credited and sent to debt collection are decisions, not computations, and win. Paid in full
    /// (to the øre) is paid; a negative total is money to the customer. Otherwise an invoice is overdue from the day after its due date
    /// (due today is not overdue), partly paid when something has come in, and open.
    /// </remarks>
    public static InvoiceStatus StatusOn(DateOnly today, decimal total, decimal paid, DateOnly dueDate, bool credited, bool sentToDebtCollection)
    {
        if (credited)
        {
            return InvoiceStatus.Credited;
        }

        if (sentToDebtCollection)
        {
            return InvoiceStatus.DebtCollection;
        }

        if (Money.Round(total) < 0)
        {
            return InvoiceStatus.Refund;
        }

        if (Money.Round(paid) >= Money.Round(total))
        {
            return InvoiceStatus.Paid;
        }

        if (today > dueDate)
        {
            return InvoiceStatus.Overdue;
        }

        return paid > 0 ? InvoiceStatus.PartlyPaid : InvoiceStatus.Open;
    }
}
