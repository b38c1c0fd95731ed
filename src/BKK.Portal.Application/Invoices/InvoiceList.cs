namespace BKK.Portal.Application.Invoices;

public sealed record InvoiceList(IReadOnlyList<InvoiceSummary> Invoices, IReadOnlyList<int> Years, decimal TotalOwed, DateOnly? NextDueDate, bool InvoicedThroughSupplier);

/// <summary>The overview's account lines (<see cref="InvoiceQuery.AccountAsync"/>): the newest invoice (its address left empty), what is owed and when next.</summary>
public sealed record AccountSummary(InvoiceSummary? Newest, decimal TotalOwed, DateOnly? NextDueDate, bool InvoicedThroughSupplier);
