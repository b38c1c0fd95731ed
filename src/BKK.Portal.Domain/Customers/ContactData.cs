namespace BKK.Portal.Domain.Customers;

/// <summary>Contact data of a person: postal address, phone and e-mail.</summary>
public sealed record ContactData(string? AddressLine, string? PostalCode, string? PostalPlace, string? Phone, string? Email)
{
    public static ContactData Empty { get; } = new(null, null, null, null, null);
}
