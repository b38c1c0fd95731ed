namespace BKK.Portal.Domain.Privacy;

/// <summary>
/// One run of the retention job, for the operator: when, whether it changed anything, how it ended,
/// and how many records of each kind went or were anonymised. Counts only, never personal data.
/// </summary>
public sealed class RetentionRun
{
    private RetentionRun()
    {
        Instance = string.Empty;
        Counts = string.Empty;
    }

    public RetentionRun(DateTimeOffset started, DateTimeOffset finished, DateOnly today, bool dryRun, RetentionRunOutcome outcome, string instance, string catalogueVersion, string counts)
    {
        StartedUtc = started.UtcDateTime;
        FinishedUtc = finished.UtcDateTime;
        Today = today;
        DryRun = dryRun;
        Outcome = outcome;
        Instance = instance;
        CatalogueVersion = catalogueVersion;
        Counts = counts;
    }

    public long Id { get; private set; }

    public DateTime StartedUtc { get; private set; }

    public DateTime FinishedUtc { get; private set; }

    /// <summary>The day (Oslo) the rules were applied for.</summary>
    public DateOnly Today { get; private set; }

    public bool DryRun { get; private set; }

    public RetentionRunOutcome Outcome { get; private set; }

    public string Instance { get; private set; }

    public string CatalogueVersion { get; private set; } = string.Empty;

    /// <summary>The counts as JSON: {"consumption.meter-values.deleted": 35040, …}.</summary>
    public string Counts { get; private set; }
}
