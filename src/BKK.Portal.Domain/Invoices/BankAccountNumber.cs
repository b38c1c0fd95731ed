using BKK.Portal.Domain.Common;

namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// A Norwegian bank account number (kontonummer): 11 digits, the last a MOD11 check digit over
/// the first ten with weights 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 (a remainder that gives 10 is never issued).
/// </summary>
public sealed record BankAccountNumber
{
    private static readonly ResourceTexts Texts = new(typeof(DomainTexts));

    private static readonly int[] Weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    private BankAccountNumber(string value) => Value = value;

    public string Value { get; }

    /// <summary>As printed on invoices: "5201 06 12349".</summary>
    public string Formatted => $"{Value[..4]} {Value[4..6]} {Value[6..]}";

    public static ParseResult<BankAccountNumber> Parse(string? input)
    {
        var digits = Digits.Normalise(input);
        if (digits.Length != 11 || !digits.All(char.IsAsciiDigit))
        {
            return ParseResult<BankAccountNumber>.Fail(Texts["BankAccountNumber.Length"]);
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        var check = 11 - (sum % 11);
        check = check == 11 ? 0 : check;
        return check != 10 && check == digits[10] - '0'
            ? ParseResult<BankAccountNumber>.Ok(new BankAccountNumber(digits))
            : ParseResult<BankAccountNumber>.Fail(Texts["BankAccountNumber.CheckDigit"]);
    }

    public override string ToString() => Formatted;
}
