namespace BKK.Portal.Application.Access;

/// <summary>
/// Proof that the logged-in person holds a grant to this relationship. Only
/// <see cref="RelationshipAccessService"/> can make one, so every query of customer data
/// that takes it has been through the access check.
/// </summary>
public sealed class AuthorizedRelationship
{
    internal AuthorizedRelationship(int relationshipId, CustomerNumber customerNumber, AccessLevel level, bool staffReading = false)
    {
        RelationshipId = relationshipId;
        CustomerNumber = customerNumber;
        Level = level;
        IsStaffReading = staffReading;
    }

    /// <summary>
    /// Customer service reading the relationship in an opening with a stated need (made only by
    /// <see cref="CustomerService.StaffAccessService"/>): the account data may be read, nothing may be changed.
    /// </summary>
    public bool IsStaffReading { get; }

    /// <summary>Refuses a change through a staff reading: customer service sees the customer's data read-only.</summary>
    /// <exception cref="RelationshipAccessDeniedException">This is a staff reading.</exception>
    public void EnsureCustomerMayChange()
    {
        if (IsStaffReading)
        {
            throw new RelationshipAccessDeniedException();
        }
    }

    public int RelationshipId { get; }

    public CustomerNumber CustomerNumber { get; }

    public AccessLevel Level { get; }

    /// <summary>
    /// Whether the grant covers invoices, payments, contact data and inquiries: owner and full do,
    /// a limited grant (consumption and installations only) does not. The one place that says so.
    /// </summary>
    public bool CoversAccountData => Level is not AccessLevel.Limited;

    /// <summary>
    /// The customer side with full access, the owner or a full grantee, and no staff reading: who asks for things about the
    /// relationship's installations and data (the HAN port, a meter reading, a key for the API). The one place that says so.
    /// </summary>
    public bool IsCustomerWithFullAccess => Level is AccessLevel.Owner or AccessLevel.Full && !IsStaffReading;

    /// <summary>The holder, and no staff reading: who alone decides what is the holder's (moving out, where money is paid).</summary>
    public bool IsCustomerHolder => Level == AccessLevel.Owner && !IsStaffReading;
}
