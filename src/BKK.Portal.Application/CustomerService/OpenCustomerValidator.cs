using BKK.Portal.Domain.CustomerService;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.CustomerService;

/// <summary>The form's rules; whether the case is one the staff member handles is checked against the database by the service.</summary>
public sealed class OpenCustomerValidator : AbstractValidator<OpenCustomer>
{
    public OpenCustomerValidator(IStringLocalizer<CustomerServiceRuleTexts> texts)
    {
        RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => texts["Error.ReasonRequired"].Value)
            .IsInEnum().WithMessage(_ => texts["Error.ReasonRequired"].Value);
        RuleFor(c => c.Case).NotEmpty().When(c => c.Reason is StaffAccessReason.Inquiry or StaffAccessReason.Chat)
            .WithMessage(_ => texts["Error.CaseRequired"].Value);
        RuleFor(c => c.Text).Cascade(CascadeMode.Stop)
            .Must(t => (t?.Trim().Length ?? 0) >= StaffAccess.MinimumReasonLength).WithMessage(_ => texts["Error.ReasonTooShort", StaffAccess.MinimumReasonLength].Value)
            .MaximumLength(StaffAccess.MaximumReasonLength).WithMessage(_ => texts["Error.ReasonTooLong", StaffAccess.MaximumReasonLength].Value)
            .When(c => c.Reason == StaffAccessReason.Written);
    }
}
