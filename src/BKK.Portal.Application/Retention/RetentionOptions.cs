namespace BKK.Portal.Application.Retention;

public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Whether the portal runs the job itself each day (the command runs it regardless).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The time of day (Oslo) the daily run starts, "HH:mm".</summary>
    public string DailyAt { get; set; } = "03:30";

    /// <summary>How long a run's lease lasts without renewal: a crashed instance's lease expires after this.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(15);
}
