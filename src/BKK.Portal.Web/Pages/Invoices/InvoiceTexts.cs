namespace BKK.Portal.Web.Pages.Invoices;

/// <summary>The texts of Fakturaer, one invoice, payment deferral and Betalinger.</summary>
public sealed class InvoiceTexts;
