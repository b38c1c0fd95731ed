namespace BKK.Portal.Application.Installations;

/// <summary>A metering point's HAN port as its customer sees it: open or closed, and a request that waits.</summary>
public sealed record HanPortRow(string MeteringPointId, string MeteringPointIdFormatted, string Address, bool Open, Domain.Requests.ServiceRequestKind? Pending, DateTime? PendingSinceUtc);
