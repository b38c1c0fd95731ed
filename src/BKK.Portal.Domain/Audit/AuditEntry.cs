namespace BKK.Portal.Domain.Audit;

/// <summary>
/// One change made in the portal: who (the OpenID Connect subject of the person logged in), when,
/// to which relationship, what, and which field. Never an identity number, address, phone number
/// or e-mail address: what was changed, not to what.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        ActorSubject = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, string actorSubject, int customerRelationshipId, AuditAction action, string? field = null, string? detail = null)
    {
        AtUtc = at.UtcDateTime;
        ActorSubject = actorSubject;
        CustomerRelationshipId = customerRelationshipId;
        Action = action;
        Field = field;
        Detail = detail;
    }

    /// <summary>What stands in an entry's actor once the person is removed (see the retention job).</summary>
    public const string AnonymisedActor = "anonymisert";

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string ActorSubject { get; private set; }

    public int CustomerRelationshipId { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>The field changed (AddressLine, Phone …), when the action is about one.</summary>
    public string? Field { get; private set; }

    /// <summary>More about the action without personal data: the access level, the grant's or inquiry's id.</summary>
    public string? Detail { get; private set; }
}
