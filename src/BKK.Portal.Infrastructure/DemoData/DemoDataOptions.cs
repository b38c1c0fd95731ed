namespace BKK.Portal.Infrastructure.DemoData;

/// <summary>The <c>Demo</c> section: synthetic demo data for development and tests.</summary>
public sealed class DemoDataOptions
{
    public const string SectionName = "Demo";

    /// <summary>Seeds the synthetic demo data into an empty database at start (true in Development); Production refuses it.</summary>
    public bool Seed { get; set; }
}
