using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Access;

/// <summary>
/// The rules of <see cref="GrantAccess"/>. The identity number is checked with its control digits
/// (synthetic test numbers only when configured); the person must have used Mine sider, and the
/// name must be theirs (an asynchronous rule against the database). The messages are read when the
/// rule fails (or the form is drawn), so they come in the language of the request.
/// </summary>
public sealed class GrantAccessValidator : AbstractValidator<GrantAccess>
{
    public GrantAccessValidator(IPortalDbContext db, IOptions<IdentityNumberOptions> identity, IStringLocalizer<AccessRuleTexts> texts)
    {
        var synthetic = identity.Value.AcceptSyntheticNumbers;
        RuleFor(c => c.NationalIdentityNumber).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => texts["Error.NumberRequired"].Value)
            .Matches(@"^\s*(?:\d\s*){11}$").WithMessage(_ => texts["Error.NumberDigits"].Value)
            .Must(n => Domain.Customers.NationalIdentityNumber.Parse(n, synthetic).IsValid)
            .WithMessage(_ => texts["Error.NumberInvalid"].Value);
        RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => texts["Error.NameRequired"].Value)
            .MaximumLength(200).WithMessage(_ => texts["Error.NameTooLong"].Value);
        RuleFor(c => c.Level).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => texts["Error.LevelRequired"].Value)
            .Must(l => l is AccessLevel.Limited or AccessLevel.Full).WithMessage(_ => texts["Error.LevelInvalid"].Value);
        RuleFor(c => c)
            .MustAsync(async (c, cancellationToken) =>
            {
                var number = Domain.Customers.NationalIdentityNumber.Parse(c.NationalIdentityNumber, synthetic).Value!;
                var name = await db.People.Where(p => p.NationalIdentityNumber == number).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
                return name is not null && string.Equals(Normalise(name), Normalise(c.Name!), StringComparison.OrdinalIgnoreCase);
            })
            .When(c => Domain.Customers.NationalIdentityNumber.Parse(c.NationalIdentityNumber, synthetic).IsValid && !string.IsNullOrWhiteSpace(c.Name))
            .WithName(nameof(GrantAccess.NationalIdentityNumber)).OverridePropertyName(nameof(GrantAccess.NationalIdentityNumber))
            .WithMessage(_ => texts["Error.NotFound"].Value);
    }

    private static string Normalise(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
