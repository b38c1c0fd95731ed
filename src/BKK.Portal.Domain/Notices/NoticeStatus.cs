namespace BKK.Portal.Domain.Notices;

/// <summary>Where a notice stands: an outage is reported, being repaired, solved; planned work is planned, started, done.</summary>
public enum NoticeStatus
{
    Reported = 1,
    BeingRepaired = 2,
    Solved = 3,
    Planned = 4,
    Started = 5,
    Done = 6,
}
