namespace BKK.Portal.Domain.Notices;

/// <summary>What a driftsmelding is about: an outage (unplanned) or planned work that cuts the power.</summary>
public enum NoticeKind
{
    Outage = 1,
    PlannedWork = 2,
}
