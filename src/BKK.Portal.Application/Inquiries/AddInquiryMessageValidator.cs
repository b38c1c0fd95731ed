using FluentValidation;

namespace BKK.Portal.Application.Inquiries;

public sealed class AddInquiryMessageValidator : AbstractValidator<AddInquiryMessage>
{
    public AddInquiryMessageValidator() => RuleFor(c => c.Text).Cascade(CascadeMode.Stop).InquiryText("Skriv en melding.");
}
