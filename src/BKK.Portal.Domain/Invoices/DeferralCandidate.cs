namespace BKK.Portal.Domain.Invoices;

/// <summary>What the policy needs to know of the invoice asked about and of the relationship's other invoices.</summary>
public sealed record DeferralCandidate(string InvoiceNumber, DateOnly DueDate, decimal AmountDue, InvoiceStatus Status, bool DeferredBefore);
