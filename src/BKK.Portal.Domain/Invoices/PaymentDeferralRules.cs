namespace BKK.Portal.Domain.Invoices;

/// <summary>The rules of payment deferral (betalingsutsettelse), as configuration.</summary>
public sealed record PaymentDeferralRules(int MaxDays, decimal MaxAmountNok, decimal AnnualInterestRate)
{
    /// <summary>One company's rules: up to 40 days, at most 15,000 kr, 8.75 % a year.</summary>
    public static PaymentDeferralRules Example { get; } = new(40, 15_000m, 0.0875m);
}
