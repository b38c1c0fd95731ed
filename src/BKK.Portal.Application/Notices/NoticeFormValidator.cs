using System.Text.RegularExpressions;
using BKK.Portal.Domain.Notices;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Notices;

/// <summary>
/// The form's rules: a start, an end after it (planned work must have one), the text in every language and short
/// enough for an SMS, and an area whose every part is a valid metering point ID, postal code or grid station.
/// Whether the status may be set is the notice's to say (the service asks it).
/// </summary>
public sealed partial class NoticeFormValidator : AbstractValidator<NoticeForm>
{
    public NoticeFormValidator(IStringLocalizer<NoticeRuleTexts> texts)
    {
        RuleFor(f => f.Kind).IsInEnum();
        RuleFor(f => f.Start).NotNull().WithMessage(_ => texts["Error.StartRequired"].Value);
        RuleFor(f => f.ExpectedEnd).NotNull().When(f => f.Kind == NoticeKind.PlannedWork).WithMessage(_ => texts["Error.EndRequiredForPlanned"].Value);
        RuleFor(f => f.ExpectedEnd).GreaterThan(f => f.Start).When(f => f.Start is not null && f.ExpectedEnd is not null)
            .WithMessage(_ => texts["Error.EndBeforeStart"].Value);
        Text(f => f.TextBokmal, "Error.TextBokmalRequired", texts);
        Text(f => f.TextNynorsk, "Error.TextNynorskRequired", texts);
        Text(f => f.TextEnglish, "Error.TextEnglishRequired", texts);
        RuleFor(f => f).Custom((form, context) => CheckArea(form, context, texts)).When(f => f.Status is null); // the area is set when the notice is made
    }

    private void Text(System.Linq.Expressions.Expression<Func<NoticeForm, string?>> field, string required, IStringLocalizer<NoticeRuleTexts> texts) =>
        RuleFor(field).Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => texts[required].Value)
            .Must(t => t!.Trim().Length <= OperationalNotice.MaximumTextLength).WithMessage(_ => texts["Error.TextTooLong", OperationalNotice.MaximumTextLength].Value);

    private static void CheckArea(NoticeForm form, ValidationContext<NoticeForm> context, IStringLocalizer<NoticeRuleTexts> texts)
    {
        var points = NoticeForm.Parts(form.MeteringPoints);
        var postalCodes = NoticeForm.Parts(form.PostalCodes);
        var stations = NoticeForm.Parts(form.GridStations);
        var total = points.Count + postalCodes.Count + stations.Count;
        if (total == 0)
        {
            context.AddFailure(new ValidationFailure(nameof(NoticeForm.MeteringPoints), texts["Error.AreaRequired"].Value));
            return;
        }

        if (total > OperationalNotice.MaximumAreaParts)
        {
            context.AddFailure(new ValidationFailure(nameof(NoticeForm.MeteringPoints), texts["Error.TooManyAreas", OperationalNotice.MaximumAreaParts].Value));
            return;
        }

        foreach (var point in points)
        {
            var parsed = MeteringPointId.Parse(point);
            if (!parsed.IsValid)
            {
                context.AddFailure(new ValidationFailure(nameof(NoticeForm.MeteringPoints), texts["Error.MeteringPoint", point, parsed.Error!].Value));
            }
        }

        foreach (var code in postalCodes.Where(c => !PostalCode().IsMatch(c)))
        {
            context.AddFailure(new ValidationFailure(nameof(NoticeForm.PostalCodes), texts["Error.PostalCode", code].Value));
        }

        foreach (var station in stations.Where(s => !GridStation().IsMatch(s)))
        {
            context.AddFailure(new ValidationFailure(nameof(NoticeForm.GridStations), texts["Error.GridStation", station].Value));
        }
    }

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex PostalCode();

    [GeneratedRegex("^[A-Za-z0-9-]{1,32}$")]
    private static partial Regex GridStation();
}
