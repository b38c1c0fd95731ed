using BKK.Portal.Application.Access;
using BKK.Portal.Domain.Inquiries;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.CustomerService;

/// <summary>The chat form's rules (a topic, and a visitor's name), and a text as an inquiry's.</summary>
public sealed class LeaveMessageValidator : AbstractValidator<LeaveMessage>
{
    public LeaveMessageValidator(IStringLocalizer<CustomerServiceRuleTexts> texts, ICurrentUser user)
    {
        Include(new StartChatValidator(texts, user));
        RuleFor(c => c.Text).Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => texts["Error.ChatMessageEmpty"].Value)
            .MaximumLength(Inquiry.MaxTextLength).WithMessage(_ => texts["Error.ChatMessageTooLong", Inquiry.MaxTextLength].Value);
    }
}
