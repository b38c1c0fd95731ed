namespace BKK.Portal.Application.Invoices;

public sealed record PaymentRow(DateOnly PaidOn, decimal Amount, PaymentMethod Method, string InvoiceNumber, string Kid);
