namespace BKK.Portal.Application.Invoices;

/// <summary>Renders an invoice as a PDF document (filled by the infrastructure).</summary>
public interface IInvoicePdf
{
    byte[] Render(InvoiceDetail detail);
}
