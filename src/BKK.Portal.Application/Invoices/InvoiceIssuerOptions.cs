namespace BKK.Portal.Application.Invoices;

/// <summary>Who sends the invoices and where they are paid (section <c>Invoices:Issuer</c>), checked at start.</summary>
public sealed class InvoiceIssuerOptions
{
    public const string SectionName = "Invoices:Issuer";

    public string Name { get; set; } = string.Empty;

    public string BankAccount { get; set; } = string.Empty;

    public InvoiceIssuer ToIssuer()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new InvalidOperationException($"{SectionName}:Name is empty: invoices must say who sends them.");
        }

        var account = BankAccountNumber.Parse(BankAccount);
        return account.IsValid
            ? new InvoiceIssuer(Name.Trim(), account.Value!)
            : throw new InvalidOperationException($"{SectionName}:BankAccount is not a valid Norwegian account number: {account.Error}");
    }
}
