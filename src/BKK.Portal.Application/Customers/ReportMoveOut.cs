namespace BKK.Portal.Application.Customers;

/// <summary>Moving out, as typed in the form on Flytting.</summary>
public sealed class ReportMoveOut
{
    /// <summary>The last day at the address (the relationship's end date).</summary>
    public DateOnly? MoveOutOn { get; set; }

    /// <summary>"selv": the customer gives the final reading; "avlesning": they ask us to read the meter.</summary>
    public string? ReadingChoice { get; set; }

    /// <summary>The register reading in whole kWh, when the customer gives it.</summary>
    public string? Reading { get; set; }

    public bool GivesReading => ReadingChoice == "selv";
}
