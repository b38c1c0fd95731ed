using FluentValidation;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Invoices;

/// <summary>
/// The rules of <see cref="ChangePayoutAccount"/>: an account or none; an account is a Norwegian account number (11
/// digits with a MOD11 check digit, <see cref="BankAccountNumber"/>) with its holder's name.
/// </summary>
public sealed class ChangePayoutAccountValidator : AbstractValidator<ChangePayoutAccount>
{
    public ChangePayoutAccountValidator(IStringLocalizer<PayoutRuleTexts> texts)
    {
        RuleFor(c => c.Choice)
            .Must(c => c is ChangePayoutAccount.AccountChoice or ChangePayoutAccount.NoneChoice).WithMessage(_ => texts["Error.ChoiceRequired"].Value);
        When(c => c.GivesAccount, () =>
        {
            RuleFor(c => c.AccountNumber).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => texts["Error.AccountRequired"].Value)
                .Custom((value, context) =>
                {
                    if (BankAccountNumber.Parse(value) is { IsValid: false } parsed)
                    {
                        context.AddFailure(parsed.Error!);
                    }
                });
            RuleFor(c => c.HolderName).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => texts["Error.HolderRequired"].Value)
                .MaximumLength(PayoutAccount.MaximumHolderNameLength).WithMessage(_ => texts["Error.HolderTooLong", PayoutAccount.MaximumHolderNameLength].Value);
        });
    }
}
