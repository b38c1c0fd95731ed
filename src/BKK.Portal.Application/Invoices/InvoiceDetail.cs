namespace BKK.Portal.Application.Invoices;

public sealed record InvoiceDetail(
    Invoice Invoice,
    InvoiceStatus Status,
    string HolderName,
    string CustomerNumber,
    string Address,
    string MeteringPointId,
    bool InvoicedThroughSupplier,
    bool MayAskForDeferral)
{
    /// <summary>Where the invoice goes: the holder's name and postal address, and a business's organisation number.</summary>
    public InvoiceBuyer? Buyer { get; init; }
}

/// <summary>The buyer as the invoice names it (bokføringsforskriften § 5-1-1).</summary>
public sealed record InvoiceBuyer(string Name, string? AddressLine, string? PostalCode, string? PostalPlace, string? OrganisationNumberFormatted);
