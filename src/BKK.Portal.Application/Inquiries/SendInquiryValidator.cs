using FluentValidation;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Inquiries;

public sealed class SendInquiryValidator : AbstractValidator<SendInquiry>
{
    public SendInquiryValidator(IStringLocalizer<InquiryRuleTexts> texts)
    {
        RuleFor(c => c.Topic).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => texts["Error.TopicRequired"].Value)
            .IsInEnum().WithMessage(_ => texts["Error.TopicNotInList"].Value);
        RuleFor(c => c.Text).Cascade(CascadeMode.Stop).InquiryText(texts, "Error.InquiryTextRequired");
    }
}
