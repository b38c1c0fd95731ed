using FluentValidation;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Sharing;

/// <summary>
/// The rules of <see cref="CreateApiToken"/> that need no database: a name, at least one metering point and one scope,
/// and an expiry from tomorrow to a year from today (Oslo dates). Whether the points are the relationship's is checked
/// by <see cref="ApiTokenService"/>, which knows them.
/// </summary>
public sealed class CreateApiTokenValidator : AbstractValidator<CreateApiToken>
{
    public CreateApiTokenValidator(TimeProvider clock, IStringLocalizer<SharingRuleTexts> texts)
    {
        RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => texts["Error.NameRequired"].Value)
            .MaximumLength(ApiToken.MaxNameLength).WithMessage(_ => texts["Error.NameTooLong", ApiToken.MaxNameLength].Value);
        RuleFor(c => c.MeteringPoints)
            .Must(p => p.Any(id => !string.IsNullOrWhiteSpace(id))).WithMessage(_ => texts["Error.PointsRequired"].Value);
        RuleFor(c => c.Scopes)
            .NotEqual(ApiScopes.None).WithMessage(_ => texts["Error.ScopesRequired"].Value)
            .OverridePropertyName("Scopes");
        RuleFor(c => c.ExpiresOn).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => texts["Error.ExpiryRequired"].Value)
            .Must(d => d > OsloTime.Today(clock)).WithMessage(_ => texts["Error.ExpiryPast"].Value)
            .Must(d => d <= LatestExpiry(OsloTime.Today(clock))).WithMessage(_ => texts["Error.ExpiryTooLate"].Value);
    }

    /// <summary>The last day a token made today may work: a year on, so it never lives longer than <see cref="ApiToken.MaxLifetime"/>.</summary>
    public static DateOnly LatestExpiry(DateOnly today) => today.AddYears(1).AddDays(-1);
}
