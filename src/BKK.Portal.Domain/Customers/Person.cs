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

    /// <summary>Replaces the contact data; returns the names of the fields that changed (for the audit log).</summary>
    public IReadOnlyList<string> ChangeContact(ContactData contact)
    {
        var changed = new List<string>();
        if (contact.AddressLine != Contact.AddressLine)
        {
            changed.Add(nameof(ContactData.AddressLine));
        }

        if (contact.PostalCode != Contact.PostalCode)
        {
            changed.Add(nameof(ContactData.PostalCode));
        }

        if (contact.PostalPlace != Contact.PostalPlace)
        {
            changed.Add(nameof(ContactData.PostalPlace));
        }

        if (contact.Phone != Contact.Phone)
        {
            changed.Add(nameof(ContactData.Phone));
        }

        if (contact.Email != Contact.Email)
        {
            changed.Add(nameof(ContactData.Email));
        }

        Contact = contact;
        return changed;
    }
}
