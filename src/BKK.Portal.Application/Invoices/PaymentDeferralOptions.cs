namespace BKK.Portal.Application.Invoices;

public sealed class PaymentDeferralOptions
{
    public const string SectionName = "Invoices:Deferral";

    public int MaxDays { get; set; } = PaymentDeferralRules.Example.MaxDays;

    public decimal MaxAmountNok { get; set; } = PaymentDeferralRules.Example.MaxAmountNok;

    public decimal AnnualInterestRate { get; set; } = PaymentDeferralRules.Example.AnnualInterestRate;

    public PaymentDeferralRules ToRules() => new(MaxDays, MaxAmountNok, AnnualInterestRate);
}
