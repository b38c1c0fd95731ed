using BKK.Portal.Domain.Inquiries;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Inquiries;

/// <summary>The rule of an inquiry's text: given, and at most <see cref="Inquiry.MaxTextLength"/> characters.</summary>
internal static class InquiryRules
{
    /// <summary>
    /// The rule with both messages from <see cref="InquiryRuleTexts"/>: <paramref name="whenEmptyKey"/> names the
    /// message for a missing text. The messages are read when the rule fails (or the form is drawn), in the request's language.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> InquiryText<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer<InquiryRuleTexts> texts, string whenEmptyKey) =>
        rule.NotEmpty().WithMessage(_ => texts[whenEmptyKey].Value)
            .MaximumLength(Inquiry.MaxTextLength)
            .WithMessage(_ => texts["Error.TextTooLong", Inquiry.MaxTextLength].Value);
}
