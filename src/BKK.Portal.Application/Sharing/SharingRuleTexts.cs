namespace BKK.Portal.Application.Sharing;

/// <summary>The messages of the rules of Deling av data (SharingRuleTexts.resx, .nn.resx, .en.resx).</summary>
public sealed class SharingRuleTexts;
