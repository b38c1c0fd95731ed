namespace BKK.Portal.Application.Invoices;

public sealed record InvoiceList(IReadOnlyList<InvoiceSummary> Invoices, IReadOnlyList<int> Years, decimal TotalOwed, DateOnly? NextDueDate, bool InvoicedThroughSupplier);
