namespace BKK.Portal.Application.Retention;

/// <summary>What the retention job does with a kind of record when its time has come.</summary>
public enum RetentionAction
{
    Deleted = 1,
    Anonymised = 2,
}
