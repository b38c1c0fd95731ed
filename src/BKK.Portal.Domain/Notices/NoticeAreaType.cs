namespace BKK.Portal.Domain.Notices;

/// <summary>How a notice names the area it affects.</summary>
public enum NoticeAreaType
{
    /// <summary>One metering point by its 18-digit ID.</summary>
    MeteringPoint = 1,

    /// <summary>Every metering point whose installation address has this postal code.</summary>
    PostalCode = 2,

    /// <summary>Every metering point fed from this grid station (nettstasjon).</summary>
    GridStation = 3,
}
