using FluentValidation;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Application.Customers;

/// <summary>
/// The rules of <see cref="ChangeContactData"/>, with their messages in the language of the request
/// (<see cref="ContactDataRuleTexts"/>, read when a rule fails or the form is drawn). Every rule is a
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

    public ChangeContactDataValidator(IStringLocalizer<ContactDataRuleTexts> texts)
    {
        RuleFor(c => c.AddressLine).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => texts["Error.AddressRequired"].Value)
            .MaximumLength(200).WithMessage(_ => texts["Error.AddressTooLong"].Value);
        RuleFor(c => c.PostalCode).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => texts["Error.PostalCodeRequired"].Value)
            .Matches(@"^\s*(?!0000)[0-9]{4}\s*$").WithMessage(_ => texts["Error.PostalCodeFormat"].Value);
        RuleFor(c => c.PostalPlace).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => texts["Error.PostalPlaceRequired"].Value)
            .MaximumLength(100).WithMessage(_ => texts["Error.PostalPlaceTooLong"].Value)
            .Matches($"^[{Letters}][{Letters} .'-]*$").WithMessage(_ => texts["Error.PostalPlaceLetters"].Value);
        RuleFor(c => c.Phone).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => texts["Error.PhoneRequired"].Value)
            .Matches($"{NorwegianPhone}|{ForeignPhone}")
            .WithMessage(_ => texts["Error.PhoneFormat"].Value);
        RuleFor(c => c.Email).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => texts["Error.EmailRequired"].Value)
            .MaximumLength(254).WithMessage(_ => texts["Error.EmailTooLong"].Value)
            .Matches(Email).WithMessage(_ => texts["Error.EmailFormat"].Value);
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
