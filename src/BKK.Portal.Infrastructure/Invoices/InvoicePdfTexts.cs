namespace BKK.Portal.Infrastructure.Invoices;

/// <summary>The texts and date format of the invoice PDF (the lines' descriptions are the invoice's own, stored with it).</summary>
public sealed class InvoicePdfTexts;
