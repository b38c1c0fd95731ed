using FluentValidation;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Requests;

/// <summary>
/// The rules of <see cref="ReportReading"/> that need nothing stored: a date, not after today (Oslo), and a register of
/// whole kWh in up to nine digits (the longest register of our meters; the meter's own number of digits, the reading
/// before it and the plausibility are the <see cref="RegisterReadingService"/>'s).
/// </summary>
public sealed class ReportReadingValidator : AbstractValidator<ReportReading>
{
    public ReportReadingValidator(TimeProvider clock, IStringLocalizer<ReadingRuleTexts> texts)
    {
        RuleFor(c => c.MeteringPointId).NotEmpty().WithMessage(_ => texts["Error.PointRequired"].Value);
        RuleFor(c => c.OnDate).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => texts["Error.DateRequired"].Value)
            .Must(d => d <= OsloTime.Today(clock)).WithMessage(_ => texts["Error.DateInFuture"].Value);
        RuleFor(c => c.Reading).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => texts["Error.ReadingRequired"].Value)
            .Matches(@"^\s*\d{1,9}\s*$").WithMessage(_ => texts["Error.ReadingDigits"].Value);
    }
}
