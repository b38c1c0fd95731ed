namespace BKK.Portal.Domain.Requests;

/// <summary>What a customer asked customer service to do.</summary>
public enum ServiceRequestKind
{
    /// <summary>Open the meter's HAN port for the customer's own equipment.</summary>
    OpenHanPort = 1,

    /// <summary>Close the meter's HAN port again.</summary>
    CloseHanPort = 2,
}
