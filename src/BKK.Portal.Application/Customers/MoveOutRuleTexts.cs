namespace BKK.Portal.Application.Customers;

/// <summary>The messages of the rules of moving out (MoveOutRuleTexts.resx, .nn.resx, .en.resx).</summary>
public sealed class MoveOutRuleTexts;
