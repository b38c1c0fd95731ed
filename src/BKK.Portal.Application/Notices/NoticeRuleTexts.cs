namespace BKK.Portal.Application.Notices;

/// <summary>The validation messages of the driftsmelding form.</summary>
public sealed class NoticeRuleTexts;
