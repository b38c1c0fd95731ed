namespace BKK.Portal.Infrastructure.Logging;

/// <summary>Where the log files go (section <c>Logging</c>, key <c>Directory</c>; relative to the content root), and what the console shows.</summary>
public sealed class LogFileOptions
{
    public const string SectionName = "Logging";

    public string Directory { get; set; } = "logs";

    /// <summary>The lowest level the console shows outside Development (the file has every level).</summary>
    public Serilog.Events.LogEventLevel ConsoleLevel { get; set; } = Serilog.Events.LogEventLevel.Warning;
}
