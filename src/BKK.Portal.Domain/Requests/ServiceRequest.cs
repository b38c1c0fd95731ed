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

    /// <summary>A final reading when the customer moves out: the register they read on <paramref name="onDate"/>, or null for "read it for me".</summary>
    public static ServiceRequest FinalReading(int customerRelationshipId, int meteringPointKey, DateOnly onDate, long? readingKwh, DateTime requestedUtc) =>
        new(customerRelationshipId, meteringPointKey, ServiceRequestKind.FinalReading, requestedUtc) { OnDate = onDate, ReadingKwh = readingKwh };

    public int Id { get; private set; }

    public int CustomerRelationshipId { get; private set; }

    public int MeteringPointKey { get; private set; }

    public ServiceRequestKind Kind { get; private set; }

    public DateTime RequestedUtc { get; private set; }

    /// <summary>The day the request is about (the moving-out day of a final reading).</summary>
    public DateOnly? OnDate { get; private set; }

    /// <summary>The register reading the customer gave, kWh; null when they asked us to read the meter.</summary>
    public long? ReadingKwh { get; private set; }

    /// <summary>When customer service carried it out; null while it waits.</summary>
    public DateTime? CompletedUtc { get; private set; }

    public void Complete(DateTime nowUtc) => CompletedUtc ??= nowUtc;
}
