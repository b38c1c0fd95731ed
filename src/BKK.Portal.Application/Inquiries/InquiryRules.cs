using BKK.Portal.Domain.Inquiries;
using FluentValidation;

namespace BKK.Portal.Application.Inquiries;

internal static class InquiryRules
{
    public static IRuleBuilderOptions<T, string?> InquiryText<T>(this IRuleBuilder<T, string?> rule, string whenEmpty) =>
        rule.NotEmpty().WithMessage(whenEmpty)
            .MaximumLength(Inquiry.MaxTextLength)
            .WithMessage($"Teksten kan ha høyst {Inquiry.MaxTextLength.ToString("N0", Domain.Common.Norwegian.Culture)} tegn.");
}
