namespace BKK.Portal.Application.Invoices;

/// <summary>Who sends the invoices and where they are paid (section <c>Invoices:Issuer</c>), checked at start.</summary>
public sealed class InvoiceIssuerOptions
{
    public const string SectionName = "Invoices:Issuer";

    public string Name { get; set; } = string.Empty;

    public string BankAccount { get; set; } = string.Empty;

    /// <summary>Nine digits with a MOD11 check digit; printed with "MVA" after it.</summary>
    public string OrganisationNumber { get; set; } = string.Empty;

    public string AddressLine { get; set; } = string.Empty;

    public string PostalCode { get; set; } = string.Empty;

    public string PostalPlace { get; set; } = string.Empty;

    public InvoiceIssuer ToIssuer()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new InvalidOperationException($"{SectionName}:Name is empty: invoices must say who sends them.");
        }

        var account = BankAccountNumber.Parse(BankAccount);
        if (!account.IsValid)
        {
            throw new InvalidOperationException($"{SectionName}:BankAccount is not a valid Norwegian account number: {account.Error}");
        }

        var organisation = Domain.Customers.OrganisationNumber.Parse(OrganisationNumber);
        if (!organisation.IsValid)
        {
            throw new InvalidOperationException($"{SectionName}:OrganisationNumber is not a valid organisation number (nine digits, MOD11): {organisation.Error}");
        }

        if (string.IsNullOrWhiteSpace(AddressLine) || string.IsNullOrWhiteSpace(PostalCode) || string.IsNullOrWhiteSpace(PostalPlace))
        {
            throw new InvalidOperationException($"{SectionName}:AddressLine, PostalCode and PostalPlace must be set: an invoice gives the seller's address.");
        }

        return new InvoiceIssuer(Name.Trim(), account.Value!)
        {
            OrganisationNumber = organisation.Value, AddressLine = AddressLine.Trim(), PostalCode = PostalCode.Trim(), PostalPlace = PostalPlace.Trim(),
        };
    }
}
