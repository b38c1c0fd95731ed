namespace BKK.Portal.Domain.Requests;

/// <summary>What a customer asked customer service to do.</summary>
public enum ServiceRequestKind
{
    /// <summary>Open the meter's HAN port for the customer's own equipment.</summary>
    OpenHanPort = 1,

    /// <summary>Close the meter's HAN port again.</summary>
    CloseHanPort = 2,

    /// <summary>The customer moves out: register the final reading they gave, or read the meter (<see cref="ServiceRequest.ReadingKwh"/> null).</summary>
    FinalReading = 3,
}

/// <summary>Groups of <see cref="ServiceRequestKind"/>.</summary>
public static class ServiceRequestKinds
{
    /// <summary>The kinds about the HAN port (one of them may wait per port).</summary>
    public static IReadOnlyList<ServiceRequestKind> HanPort { get; } = [ServiceRequestKind.OpenHanPort, ServiceRequestKind.CloseHanPort];
}
