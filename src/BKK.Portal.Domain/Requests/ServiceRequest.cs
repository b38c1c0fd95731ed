namespace BKK.Portal.Domain.Requests;

/// <summary>
/// A request from a customer about a metering point that customer service carries out (issue 21): requested, then
/// completed. Who asked and who completed it are in the audit log, not here, so nothing here names a person.
/// </summary>
public sealed class ServiceRequest
{
    private ServiceRequest()
    {
    }

    public ServiceRequest(int customerRelationshipId, int meteringPointKey, ServiceRequestKind kind, DateTime requestedUtc)
    {
        CustomerRelationshipId = customerRelationshipId;
        MeteringPointKey = meteringPointKey;
        Kind = kind;
        RequestedUtc = requestedUtc;
    }

    public int Id { get; private set; }

    public int CustomerRelationshipId { get; private set; }

    public int MeteringPointKey { get; private set; }

    public ServiceRequestKind Kind { get; private set; }

    public DateTime RequestedUtc { get; private set; }

    /// <summary>When customer service carried it out; null while it waits.</summary>
    public DateTime? CompletedUtc { get; private set; }

    public bool IsPending => CompletedUtc is null;

    public void Complete(DateTime nowUtc) => CompletedUtc ??= nowUtc;
}
