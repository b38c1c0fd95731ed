namespace BKK.Portal.Application.Requests;

/// <summary>A customer's reading of a meter's register (Måleravlesning), as the form sends it.</summary>
public sealed class ReportReading
{
    /// <summary>The metering point (18 digits) whose meter was read.</summary>
    public string? MeteringPointId { get; set; }

    /// <summary>The day the register was read.</summary>
    public DateOnly? OnDate { get; set; }

    /// <summary>The register, whole kWh, as typed.</summary>
    public string? Reading { get; set; }

    /// <summary>The customer has looked again at a reading the rules found unlikely, and stands by it.</summary>
    public bool Confirmed { get; set; }
}
