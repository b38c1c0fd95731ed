namespace BKK.Portal.Application.Invoices;

public sealed record InvoiceDetail(
    Invoice Invoice,
    InvoiceStatus Status,
    string HolderName,
    string CustomerNumber,
    string Address,
    string MeteringPointId,
    bool InvoicedThroughSupplier,
    bool MayAskForDeferral);
