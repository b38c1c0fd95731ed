using BKK.Portal.Domain.Common;

namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// A KID (kundeidentifikasjon) for payment: digits with a MOD10 (Luhn) check digit last. From
/// the right, excluding the check digit, the digits are weighted 2, 1, 2, 1 …; the digits of
/// the products are summed; the check digit makes the sum a multiple of ten.
/// </summary>
public sealed record Kid
{
    private static readonly ResourceTexts Texts = new(typeof(DomainTexts));

    private Kid(string value) => Value = value;

    public string Value { get; }

    /// <summary>The KID for <paramref name="digits"/> (customer number and invoice number, say) with its check digit appended.</summary>
    public static Kid For(string digits)
    {
        if (digits.Length is < 1 or > 24 || !digits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A KID is made of 1 to 24 digits and its check digit.", nameof(digits));
        }

        return new Kid(digits + CheckDigit(digits));
    }

    public static ParseResult<Kid> Parse(string? input)
    {
        var digits = Digits.Normalise(input);
        if (digits.Length is < 2 or > 25 || !digits.All(char.IsAsciiDigit))
        {
            return ParseResult<Kid>.Fail(Texts["Kid.Length"]);
        }

        return CheckDigit(digits[..^1]) == digits[^1] - '0'
            ? ParseResult<Kid>.Ok(new Kid(digits))
            : ParseResult<Kid>.Fail(Texts["Kid.CheckDigit"]);
    }

    private static int CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var product = (digits[i] - '0') * ((digits.Length - 1 - i) % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }

        return (10 - (sum % 10)) % 10;
    }

    public override string ToString() => Value;
}
