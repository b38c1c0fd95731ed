namespace BKK.Portal.Application.Requests;

/// <summary>Marker for the texts of the meter reading rules (ReadingRuleTexts.resx, .nn, .en).</summary>
public sealed class ReadingRuleTexts;
