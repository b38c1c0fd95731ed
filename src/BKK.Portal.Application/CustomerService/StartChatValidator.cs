using BKK.Portal.Application.Access;
using BKK.Portal.Domain.CustomerService;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.CustomerService;

/// <summary>The chat form's rules; a logged-in customer's name comes from the login, so only a visitor's is checked.</summary>
public sealed class StartChatValidator : AbstractValidator<StartChat>
{
    public StartChatValidator(IStringLocalizer<CustomerServiceRuleTexts> texts, ICurrentUser user)
    {
        RuleFor(c => c.Topic).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => texts["Error.ChatTopicRequired"].Value)
            .IsInEnum().WithMessage(_ => texts["Error.ChatTopicRequired"].Value);
        RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => texts["Error.ChatNameRequired"].Value)
            .MaximumLength(Chat.MaxNameLength).WithMessage(_ => texts["Error.ChatNameTooLong", Chat.MaxNameLength].Value)
            .When(_ => user.Subject is null);
    }
}
