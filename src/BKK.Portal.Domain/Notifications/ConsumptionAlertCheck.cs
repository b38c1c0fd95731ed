namespace BKK.Portal.Domain.Notifications;

/// <summary>
/// "The values of this metering point's month have changed": written by the import in the same transaction as the
/// values, and turned into capacity and consumption alerts (and removed) in one transaction by the alert job. The
/// import's event is thus never lost between the commit and the alerts; a corrected file writes the check again,
/// and the alerts it finds already exist (their keys).
/// </summary>
public sealed class ConsumptionAlertCheck
{
    public ConsumptionAlertCheck(int meteringPointKey, DateOnly month)
    {
        MeteringPointKey = meteringPointKey;
        Month = new DateOnly(month.Year, month.Month, 1);
    }

    public int MeteringPointKey { get; private set; }

    /// <summary>The first day of the month (Oslo time).</summary>
    public DateOnly Month { get; private set; }
}
