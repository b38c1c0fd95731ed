namespace BKK.Portal.Domain.Customers;

/// <summary>A person who can log in to the portal. <see cref="Subject"/> is the OpenID Connect subject.</summary>
public sealed class Person
{
    private Person()
    {
        Subject = string.Empty;
        Name = string.Empty;
        NationalIdentityNumber = null!;
        Contact = ContactData.Empty;
    }

    public Person(string subject, string name, NationalIdentityNumber nationalIdentityNumber, ContactData contact)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Subject = subject;
        Name = name;
        NationalIdentityNumber = nationalIdentityNumber;
        Contact = contact;
    }

    public int Id { get; private set; }

    public string Subject { get; private set; }

    public string Name { get; private set; }

    public NationalIdentityNumber NationalIdentityNumber { get; private set; }

    public ContactData Contact { get; private set; }
}

/// <summary>Contact data of a person: postal address, phone and e-mail.</summary>
public sealed record ContactData(string? AddressLine, string? PostalCode, string? PostalPlace, string? Phone, string? Email)
{
    public static ContactData Empty { get; } = new(null, null, null, null, null);
}
