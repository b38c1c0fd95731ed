using FluentValidation;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Customers;

/// <summary>
/// The rules of <see cref="ReportMoveOut"/>: a moving-out day from a month back (a move reported late) to three months
/// ahead (Oslo dates), and either a final reading in whole kWh (up to nine digits, the longest register of our meters)
/// or the choice to have the meter read.
/// </summary>
public sealed class ReportMoveOutValidator : AbstractValidator<ReportMoveOut>
{
    public const int DaysBack = 30;
    public const int DaysAhead = 90;

    public ReportMoveOutValidator(TimeProvider clock, IStringLocalizer<MoveOutRuleTexts> texts)
    {
        RuleFor(c => c.MoveOutOn).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => texts["Error.DateRequired"].Value)
            .Must(d => d >= OsloTime.Today(clock).AddDays(-DaysBack)).WithMessage(_ => texts["Error.DateTooEarly", DaysBack].Value)
            .Must(d => d <= OsloTime.Today(clock).AddDays(DaysAhead)).WithMessage(_ => texts["Error.DateTooLate", DaysAhead].Value);
        RuleFor(c => c.ReadingChoice)
            .Must(c => c is "selv" or "avlesning").WithMessage(_ => texts["Error.ChoiceRequired"].Value);
        RuleFor(c => c.Reading).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => texts["Error.ReadingRequired"].Value)
            .Matches(@"^\s*\d{1,9}\s*$").WithMessage(_ => texts["Error.ReadingDigits"].Value)
            .When(c => c.GivesReading);
    }
}
