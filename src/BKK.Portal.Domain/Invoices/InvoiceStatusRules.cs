namespace BKK.Portal.Domain.Invoices;

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
