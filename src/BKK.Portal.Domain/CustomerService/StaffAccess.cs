namespace BKK.Portal.Domain.CustomerService;

/// <summary>
/// One opening of a customer relationship by customer service, on a stated need ("tjenstlig behov"): who, which
/// relationship, why, from when and until when. Written in the same save as the opening itself; it is what lets
/// staff read the relationship, so there is no reading without a row here. The customer sees it in Mine data
/// with the unit and the time, not the staff member's name.
/// </summary>
public sealed class StaffAccess
{
    public const int MinimumReasonLength = 15;

    public const int MaximumReasonLength = 500;

    private StaffAccess()
    {
        StaffSubject = string.Empty;
        StaffName = string.Empty;
        ReasonText = string.Empty;
    }

    private StaffAccess(string staffSubject, string staffName, int customerRelationshipId, StaffAccessReason reason, string? caseReference, string reasonText, DateTimeOffset at, TimeSpan window)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(staffSubject);
        ArgumentException.ThrowIfNullOrWhiteSpace(staffName);
        if (window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(window), "An opening lasts some time.");
        }

        StaffSubject = staffSubject;
        StaffName = staffName;
        CustomerRelationshipId = customerRelationshipId;
        Reason = reason;
        CaseReference = caseReference;
        ReasonText = reasonText;
        OpenedUtc = at.UtcDateTime;
        ExpiresUtc = (at + window).UtcDateTime;
    }

    /// <summary>An opening for the inquiry (its number) or chat (its id) the staff member handles.</summary>
    public static StaffAccess ForCase(string staffSubject, string staffName, int customerRelationshipId, StaffAccessReason reason, string caseReference, DateTimeOffset at, TimeSpan window)
    {
        if (reason == StaffAccessReason.Written)
        {
            throw new ArgumentException("A written reason is opened with Written.", nameof(reason));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(caseReference);
        return new StaffAccess(staffSubject, staffName, customerRelationshipId, reason, caseReference, string.Empty, at, window);
    }

    /// <summary>An opening with a reason written out; a reason shorter than <see cref="MinimumReasonLength"/> is refused.</summary>
    public static StaffAccess Written(string staffSubject, string staffName, int customerRelationshipId, string reason, DateTimeOffset at, TimeSpan window)
    {
        var text = reason?.Trim() ?? string.Empty;
        if (text.Length < MinimumReasonLength || text.Length > MaximumReasonLength)
        {
            throw new ArgumentException($"A written reason is {MinimumReasonLength} to {MaximumReasonLength} characters.", nameof(reason));
        }

        return new StaffAccess(staffSubject, staffName, customerRelationshipId, StaffAccessReason.Written, null, text, at, window);
    }

    public long Id { get; private set; }

    /// <summary>The OpenID Connect subject of the staff member.</summary>
    public string StaffSubject { get; private set; }

    /// <summary>The staff member's name as the login gave it, for the team lead's log (never shown to the customer).</summary>
    public string StaffName { get; private set; }

    public int CustomerRelationshipId { get; private set; }

    public StaffAccessReason Reason { get; private set; }

    /// <summary>The inquiry number or chat id of a case reason.</summary>
    public string? CaseReference { get; private set; }

    /// <summary>The written reason; empty for a case reason.</summary>
    public string ReasonText { get; private set; }

    public DateTime OpenedUtc { get; private set; }

    public DateTime ExpiresUtc { get; private set; }

    public bool IsOpenAt(DateTimeOffset at) => at.UtcDateTime >= OpenedUtc && at.UtcDateTime < ExpiresUtc;
}
