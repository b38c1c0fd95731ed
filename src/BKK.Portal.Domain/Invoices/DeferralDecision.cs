namespace BKK.Portal.Domain.Invoices;

/// <summary>The answer, at once: the new due date and the interest, or the rule that stopped it (in Norwegian).</summary>
public sealed record DeferralDecision(bool Granted, DateOnly? NewDueDate, decimal Interest, string Message)
{
    public static DeferralDecision Refused(string message) => new(false, null, 0, message);
}
