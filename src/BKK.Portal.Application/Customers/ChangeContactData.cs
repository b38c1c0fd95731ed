namespace BKK.Portal.Application.Customers;

/// <summary>The contact data a customer changes on Kundeforhold, as typed in the form.</summary>
public sealed class ChangeContactData
{
    public string? AddressLine { get; set; }

    public string? PostalCode { get; set; }

    public string? PostalPlace { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public static ChangeContactData From(ContactData contact) => new()
    {
        AddressLine = contact.AddressLine,
        PostalCode = contact.PostalCode,
        PostalPlace = contact.PostalPlace,
        Phone = contact.Phone,
        Email = contact.Email,
    };
}
