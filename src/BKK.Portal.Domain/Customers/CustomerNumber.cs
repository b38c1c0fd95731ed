using BKK.Portal.Domain.Common;

namespace BKK.Portal.Domain.Customers;

/// <summary>The customer number (kundenummer) of a customer relationship: 8 digits.</summary>
public sealed record CustomerNumber
{
    public const int Length = 8;

    private static readonly ResourceTexts Texts = new(typeof(DomainTexts));

    private CustomerNumber(string value) => Value = value;

    public string Value { get; }

    public static ParseResult<CustomerNumber> Parse(string? input)
    {
        var digits = Digits.Normalise(input);
        if (digits.Length == 0)
        {
            return ParseResult<CustomerNumber>.Fail(Texts["CustomerNumber.Required"]);
        }

        return Digits.AreAllDigits(digits, Length)
            ? ParseResult<CustomerNumber>.Ok(new CustomerNumber(digits))
            : ParseResult<CustomerNumber>.Fail(Texts["CustomerNumber.Length"]);
    }

    public override string ToString() => Value;
}
