using BKK.Portal.Domain.Notifications;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Notifications;

/// <summary>The choices form's rules: known kinds, one of the three languages, and levels within what makes sense.</summary>
public sealed class ChooseNotificationsValidator : AbstractValidator<ChooseNotifications>
{
    public ChooseNotificationsValidator(IStringLocalizer<NotificationRuleTexts> texts)
    {
        RuleForEach(c => c.Sms).Must(k => NotificationKinds.All.Contains(k)).WithMessage(_ => texts["Error.Kind"].Value);
        RuleForEach(c => c.Email).Must(k => NotificationKinds.All.Contains(k)).WithMessage(_ => texts["Error.Kind"].Value);
        RuleFor(c => c.Language).Must(l => Languages.FromTag(l) is not null && l!.Length == 2).WithMessage(_ => texts["Error.Language"].Value);
        RuleFor(c => c.CapacityMarginKw)
            .Must(t => ChooseNotifications.TryNumber(t, out var v) && v is null or (>= 0.1m and <= NotificationChoice.MaximumCapacityMarginKw))
            .WithMessage(_ => texts["Error.CapacityMargin", 0.1m, NotificationChoice.MaximumCapacityMarginKw].Value);
        RuleFor(c => c.DailyLimitKwh)
            .Must(t => ChooseNotifications.TryNumber(t, out var v) && v is null or (>= 1m and <= NotificationChoice.MaximumDailyLimitKwh))
            .WithMessage(_ => texts["Error.DailyLimit", 1, NotificationChoice.MaximumDailyLimitKwh].Value);
        RuleFor(c => c.DailyLimitKwh).NotEmpty().When(c => c.Sms.Contains(NotificationKind.HighConsumption) || c.Email.Contains(NotificationKind.HighConsumption))
            .WithMessage(_ => texts["Error.DailyLimitNeeded"].Value);
    }
}
