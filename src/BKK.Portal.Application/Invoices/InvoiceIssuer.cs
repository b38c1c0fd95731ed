namespace BKK.Portal.Application.Invoices;

/// <summary>The company on the invoice and the account customers pay to.</summary>
public sealed record InvoiceIssuer(string Name, BankAccountNumber BankAccount);
