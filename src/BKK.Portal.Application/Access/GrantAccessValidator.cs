using FluentValidation;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Access;

/// <summary>
/// The rules of <see cref="GrantAccess"/>. The identity number is checked with its control digits
/// (synthetic test numbers only when configured); the person must have used Mine sider, and the
/// name must be theirs (an asynchronous rule against the database).
/// </summary>
public sealed class GrantAccessValidator : AbstractValidator<GrantAccess>
{
    public const string NotFound = "Vi finner ingen bruker av Mine sider med dette fødselsnummeret og navnet. Personen må ha logget inn på Mine sider minst én gang.";

    public GrantAccessValidator(IPortalDbContext db, IOptions<IdentityNumberOptions> identity)
    {
        var synthetic = identity.Value.AcceptSyntheticNumbers;
        RuleFor(c => c.NationalIdentityNumber).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Skriv inn fødselsnummeret (11 siffer).")
            .Matches(@"^\s*(?:\d\s*){11}$").WithMessage("Fødselsnummeret må ha 11 siffer.")
            .Must(n => Domain.Customers.NationalIdentityNumber.Parse(n, synthetic).IsValid)
            .WithMessage("Fødselsnummeret er ikke gyldig. Sjekk at du har skrevet det riktig.");
        RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Skriv inn navnet til personen.")
            .MaximumLength(200).WithMessage("Navnet kan ha høyst 200 tegn.");
        RuleFor(c => c.Level).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Velg hvilken tilgang personen skal få.")
            .Must(l => l is AccessLevel.Limited or AccessLevel.Full).WithMessage("Velg begrenset eller full fullmakt.");
        RuleFor(c => c)
            .MustAsync(async (c, cancellationToken) =>
            {
                var number = Domain.Customers.NationalIdentityNumber.Parse(c.NationalIdentityNumber, synthetic).Value!;
                var name = await db.People.Where(p => p.NationalIdentityNumber == number).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
                return name is not null && string.Equals(Normalise(name), Normalise(c.Name!), StringComparison.OrdinalIgnoreCase);
            })
            .When(c => Domain.Customers.NationalIdentityNumber.Parse(c.NationalIdentityNumber, synthetic).IsValid && !string.IsNullOrWhiteSpace(c.Name))
            .WithName(nameof(GrantAccess.NationalIdentityNumber)).OverridePropertyName(nameof(GrantAccess.NationalIdentityNumber))
            .WithMessage(NotFound);
    }

    private static string Normalise(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
