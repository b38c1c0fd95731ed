namespace BKK.Portal.Application.Consumption;

public sealed class MeterValueImportOptions
{
    public const string SectionName = "Import";

    /// <summary>A quantity above this power over its whole interval is rejected as absurd.</summary>
    public decimal MaxPowerKw { get; set; } = 5000;

    /// <summary>Commit after about this many values, always at the end of a metering point's day.</summary>
    public int CommitEvery { get; set; } = 100_000;
}
