namespace BKK.Portal.Domain.Meters;

/// <summary>Interval length of meter values, in minutes (PT60M and PT15M).</summary>
public enum MeterResolution
{
    QuarterHour = 15,
    Hour = 60,
}
