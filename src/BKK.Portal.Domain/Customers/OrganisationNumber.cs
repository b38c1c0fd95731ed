using BKK.Portal.Domain.Common;

namespace BKK.Portal.Domain.Customers;

/// <summary>A Norwegian organisation number (organisasjonsnummer): 9 digits, modulus 11.</summary>
public sealed record OrganisationNumber
{
    private static readonly ResourceTexts Texts = new(typeof(DomainTexts));

    private static readonly int[] Weights = [3, 2, 7, 6, 5, 4, 3, 2];

    private OrganisationNumber(string value) => Value = value;

    public string Value { get; }

    /// <summary>Grouped as it is printed: "914 588 200".</summary>
    public string Formatted => $"{Value[..3]} {Value[3..6]} {Value[6..]}";

    public static ParseResult<OrganisationNumber> Parse(string? input)
    {
        var digits = Digits.Normalise(input);
        if (digits.Length == 0)
        {
            return ParseResult<OrganisationNumber>.Fail(Texts["OrganisationNumber.Required"]);
        }

        if (!Digits.AreAllDigits(digits, 9))
        {
            return ParseResult<OrganisationNumber>.Fail(Texts["OrganisationNumber.Length"]);
        }

        var check = Digits.Mod11CheckDigit(Digits.WeightedSum(digits, Weights));
        return check == Digits.At(digits, 8)
            ? ParseResult<OrganisationNumber>.Ok(new OrganisationNumber(digits))
            : ParseResult<OrganisationNumber>.Fail(Texts["OrganisationNumber.CheckDigit"]);
    }

    public override string ToString() => Value;
}
