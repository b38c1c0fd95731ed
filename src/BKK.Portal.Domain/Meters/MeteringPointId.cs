using BKK.Portal.Domain.Common;

namespace BKK.Portal.Domain.Meters;

/// <summary>
/// A metering point ID (målepunkt-ID): an 18-digit GS1 GSRN with a mod 10 check digit.
/// Norwegian metering points start with 7070575.
/// </summary>
public sealed record MeteringPointId
{
    public const string NorwegianPrefix = "7070575";

    private static readonly ResourceTexts Texts = new(typeof(DomainTexts));

    private MeteringPointId(string value) => Value = value;

    public string Value { get; }

    /// <summary>In groups of three, as printed on letters: "707 057 500 088 553 215".</summary>
    public string Formatted => string.Join(' ', Enumerable.Range(0, 6).Select(i => Value.Substring(i * 3, 3)));

    public static ParseResult<MeteringPointId> Parse(string? input)
    {
        var digits = Digits.Normalise(input);
        if (digits.Length == 0)
        {
            return ParseResult<MeteringPointId>.Fail(Texts["MeteringPointId.Required"]);
        }

        if (!Digits.AreAllDigits(digits, 18))
        {
            return ParseResult<MeteringPointId>.Fail(Texts["MeteringPointId.Length"]);
        }

        if (!digits.StartsWith(NorwegianPrefix, StringComparison.Ordinal))
        {
            return ParseResult<MeteringPointId>.Fail(Texts.Format("MeteringPointId.Prefix", NorwegianPrefix));
        }

        return CheckDigit(digits) == Digits.At(digits, 17)
            ? ParseResult<MeteringPointId>.Ok(new MeteringPointId(digits))
            : ParseResult<MeteringPointId>.Fail(Texts["MeteringPointId.CheckDigit"]);
    }

    /// <summary>Builds an ID from its first 17 digits by appending the GS1 check digit.</summary>
    public static MeteringPointId FromFirst17(string first17) =>
        Parse(first17 + CheckDigit(first17)).GetValueOrThrow();

    /// <summary>GS1 mod 10: from the rightmost of the first 17 digits, weights 3 and 1 alternately.</summary>
    private static int CheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 16; i >= 0; i--)
        {
            var weight = (16 - i) % 2 == 0 ? 3 : 1;
            sum += Digits.At(digits, i) * weight;
        }

        return (10 - (sum % 10)) % 10;
    }

    public override string ToString() => Value;
}
