namespace BKK.Portal.Application.Inquiries;

/// <summary>The validation messages of inquiries and their messages, and the refusal of a message to a closed inquiry.</summary>
public sealed class InquiryRuleTexts;
