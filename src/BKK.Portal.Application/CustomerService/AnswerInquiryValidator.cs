using BKK.Portal.Domain.Inquiries;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.CustomerService;

public sealed class AnswerInquiryValidator : AbstractValidator<AnswerInquiry>
{
    public AnswerInquiryValidator(IStringLocalizer<CustomerServiceRuleTexts> texts)
    {
        RuleFor(c => c.Text).Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => texts["Error.AnswerRequired"].Value)
            .MaximumLength(Inquiry.MaxTextLength).WithMessage(_ => texts["Error.AnswerTooLong", Inquiry.MaxTextLength].Value);
    }
}
