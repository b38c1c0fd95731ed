using FluentValidation;

namespace BKK.Portal.Application.Inquiries;

public sealed class SendInquiryValidator : AbstractValidator<SendInquiry>
{
    public SendInquiryValidator()
    {
        RuleFor(c => c.Topic).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Velg et emne.")
            .IsInEnum().WithMessage("Velg et emne fra listen.");
        RuleFor(c => c.Text).Cascade(CascadeMode.Stop).InquiryText("Skriv hva henvendelsen gjelder.");
    }
}
