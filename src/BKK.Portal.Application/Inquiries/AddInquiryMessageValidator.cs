using FluentValidation;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Inquiries;

public sealed class AddInquiryMessageValidator : AbstractValidator<AddInquiryMessage>
{
    public AddInquiryMessageValidator(IStringLocalizer<InquiryRuleTexts> texts) =>
        RuleFor(c => c.Text).Cascade(CascadeMode.Stop).InquiryText(texts, "Error.MessageRequired");
}
