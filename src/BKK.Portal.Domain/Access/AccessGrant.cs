using BKK.Portal.Domain.Customers;

namespace BKK.Portal.Domain.Access;

/// <summary>Which person may see which customer relationship, and how much of it.</summary>
public sealed class AccessGrant
{
    private AccessGrant()
    {
    }

    public AccessGrant(Person person, CustomerRelationship relationship, AccessLevel level, DateTimeOffset grantedAt)
    {
        Person = person;
        Relationship = relationship;
        Level = level;
        GrantedAtUtc = grantedAt.UtcDateTime;
    }

    public int Id { get; private set; }

    public int PersonId { get; private set; }

    public Person Person { get; private set; } = null!;

    public int CustomerRelationshipId { get; private set; }

    public CustomerRelationship Relationship { get; private set; } = null!;

    public AccessLevel Level { get; private set; }

    public DateTime GrantedAtUtc { get; private set; }
}
