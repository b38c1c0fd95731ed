namespace BKK.Portal.Infrastructure.Logging;

/// <summary>Where the log files go (section <c>Logging</c>, key <c>Directory</c>; relative to the content root).</summary>
public sealed class LogFileOptions
{
    public const string SectionName = "Logging";

    public string Directory { get; set; } = "logs";
}
