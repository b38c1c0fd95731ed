using FluentValidation;

namespace BKK.Portal.Application.Customers;

/// <summary>
/// The rules of <see cref="ChangeContactData"/>, with their Norwegian messages. Every rule is a
/// kind FluentValidation's client adapters mirror in the browser (required, length, pattern).
/// </summary>
public sealed class ChangeContactDataValidator : AbstractValidator<ChangeContactData>
{
    /// <summary>Norwegian: 8 digits, optionally after +47 or 0047; spaces allowed between digits.</summary>
    public const string NorwegianPhone = @"^\s*(?:(?:\+|00)47\s*)?(?:[0-9]\s*){8}$";

    /// <summary>Another country: E.164, + and 7 to 15 digits, the first not 0 and the country not 47 (not even spaced out).</summary>
    public const string ForeignPhone = @"^\s*\+(?!4\s*7)[1-9](?:\s*[0-9]){6,14}\s*$";

    /// <summary>
    /// Name, domain and top-level domain; no quotes, angle brackets or backticks anywhere: valid in theory
    /// (RFC 5322 quoted names), but a payload for every system the address is handed on to.
    /// </summary>
    public const string Email = @"^[^@\s""'`<>]+@[^@\s""'`<>]+\.[^@\s.""'`<>]{2,}$";

    /// <summary>Letters of Norwegian and Sami place names, spelled out: the browser's patterns know no \p{L}.</summary>
    private const string Letters = "A-Za-zÆØÅæøåÄÖÜäöüÉéÈèÁáÓóÍíÚúÑñŠšČčĐđŊŋŦŧŽžÏï";

    public ChangeContactDataValidator()
    {
        RuleFor(c => c.AddressLine).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Skriv inn adressen.")
            .MaximumLength(200).WithMessage("Adressen kan ha høyst 200 tegn.");
        RuleFor(c => c.PostalCode).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Skriv inn postnummeret.")
            .Matches(@"^\s*(?!0000)[0-9]{4}\s*$").WithMessage("Postnummeret må ha fire siffer, for eksempel 5020.");
        RuleFor(c => c.PostalPlace).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Skriv inn poststedet.")
            .MaximumLength(100).WithMessage("Poststedet kan ha høyst 100 tegn.")
            .Matches($"^[{Letters}][{Letters} .'-]*$").WithMessage("Poststedet kan bare ha bokstaver, mellomrom, punktum, bindestrek og apostrof.");
        RuleFor(c => c.Phone).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Skriv inn telefonnummeret.")
            .Matches($"{NorwegianPhone}|{ForeignPhone}")
            .WithMessage("Telefonnummeret må ha 8 siffer (gjerne med +47 foran), eller landskode med + og opptil 15 siffer.");
        RuleFor(c => c.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Skriv inn e-postadressen.")
            .MaximumLength(254).WithMessage("E-postadressen kan ha høyst 254 tegn.")
            .Matches(Email).WithMessage("Skriv inn en gyldig e-postadresse, for eksempel navn@eksempel.no.");
    }

    /// <summary>The phone number as stored: without spaces, a Norwegian one with +47.</summary>
    public static string NormalisePhone(string phone)
    {
        var digits = string.Concat(phone.Where(c => !char.IsWhiteSpace(c)));
        if (digits.StartsWith("0047", StringComparison.Ordinal))
        {
            digits = "+" + digits[2..];
        }

        return digits.Length == 8 && digits.All(char.IsAsciiDigit) ? "+47" + digits : digits;
    }
}
