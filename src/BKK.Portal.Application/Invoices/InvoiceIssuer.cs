namespace BKK.Portal.Application.Invoices;

/// <summary>
/// The company on the invoice, as a sales document must name it (bokføringsforskriften § 5-1-1): its name, its
/// organisation number followed by "MVA" (it is VAT registered), "Foretaksregisteret" (a limited company), its
/// address; and the account customers pay to.
/// </summary>
public sealed record InvoiceIssuer(string Name, BankAccountNumber BankAccount)
{
    public OrganisationNumber? OrganisationNumber { get; init; }

    public string? AddressLine { get; init; }

    public string? PostalCode { get; init; }

    public string? PostalPlace { get; init; }

    /// <summary>"Org.nr. 976 944 682 MVA" as the invoice prints it.</summary>
    public string? VatLine => OrganisationNumber is { } number ? $"Org.nr. {number.Formatted} MVA" : null;
}
