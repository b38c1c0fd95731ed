namespace BKK.Portal.Domain.Privacy;

public enum RetentionRunOutcome
{
    Completed = 1,

    /// <summary>Another instance held the lease; this one did nothing.</summary>
    Skipped = 2,

    /// <summary>Stopped by an error; what was committed before it stays, the next run finishes the rest.</summary>
    Failed = 3,
}
