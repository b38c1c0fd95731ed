namespace BKK.Portal.Application.Invoices;

/// <summary>The payout account (section <c>PayoutAccount</c>).</summary>
public sealed class PayoutAccountOptions
{
    public const string SectionName = "PayoutAccount";

    /// <summary>How recent the login must be to change the account: older, and the person logs in again first.</summary>
    public TimeSpan FreshLogin { get; set; } = TimeSpan.FromMinutes(10);
}
