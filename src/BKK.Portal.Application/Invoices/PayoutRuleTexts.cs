namespace BKK.Portal.Application.Invoices;

/// <summary>The messages of the payout account's rules (PayoutRuleTexts.resx, .nn.resx, .en.resx).</summary>
public sealed class PayoutRuleTexts;
