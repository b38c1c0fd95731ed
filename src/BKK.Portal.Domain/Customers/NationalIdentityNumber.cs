using System.Globalization;
using BKK.Portal.Domain.Common;

namespace BKK.Portal.Domain.Customers;

/// <summary>
/// A Norwegian national identity number: a fødselsnummer, or a D-nummer (day + 40).
/// Synthetic test numbers (month + 80, Skatteetaten's test population) are accepted only
/// when the caller says so. <see cref="ToString"/> returns the masked form, so the full
/// number never ends up in a log or a page by accident; read <see cref="Value"/> on purpose.
/// </summary>
public sealed class NationalIdentityNumber : IEquatable<NationalIdentityNumber>
{
    private static readonly ResourceTexts Texts = new(typeof(DomainTexts));

    private static readonly int[] WeightsK1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] WeightsK2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    private NationalIdentityNumber(string value, DateOnly birthDate, bool isDNumber, bool isSynthetic)
    {
        Value = value;
        BirthDate = birthDate;
        IsDNumber = isDNumber;
        IsSynthetic = isSynthetic;
    }

    /// <summary>The 11 digits. Sensitive: never log it, never put it in a URL.</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    public bool IsDNumber { get; }

    public bool IsSynthetic { get; }

    /// <summary>The first six digits and five stars, e.g. "230723 *****".</summary>
    public string Masked => $"{Value[..6]} *****";

    public static ParseResult<NationalIdentityNumber> Parse(string? input, bool allowSynthetic)
    {
        var digits = Digits.Normalise(input);
        if (digits.Length == 0)
        {
            return ParseResult<NationalIdentityNumber>.Fail(Texts["NationalIdentityNumber.Required"]);
        }

        if (!Digits.AreAllDigits(digits, 11))
        {
            return ParseResult<NationalIdentityNumber>.Fail(Texts["NationalIdentityNumber.Length"]);
        }

        var day = (Digits.At(digits, 0) * 10) + Digits.At(digits, 1);
        var month = (Digits.At(digits, 2) * 10) + Digits.At(digits, 3);
        var year = (Digits.At(digits, 4) * 10) + Digits.At(digits, 5);
        var individual = int.Parse(digits.AsSpan(6, 3), CultureInfo.InvariantCulture);

        var isDNumber = day > 40;
        if (isDNumber)
        {
            day -= 40;
        }

        var isSynthetic = month > 80;
        if (isSynthetic)
        {
            if (!allowSynthetic)
            {
                return ParseResult<NationalIdentityNumber>.Fail(Texts["NationalIdentityNumber.SyntheticNotAllowed"]);
            }

            month -= 80;
        }

        var century = Century(individual, year);
        if (century is null)
        {
            return ParseResult<NationalIdentityNumber>.Fail(Texts["NationalIdentityNumber.IndividualNumber"]);
        }

        if (!DateOnly.TryParseExact(
                $"{century + year:0000}-{month:00}-{day:00}",
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var birthDate))
        {
            return ParseResult<NationalIdentityNumber>.Fail(Texts["NationalIdentityNumber.NotADate"]);
        }

        if (!HasValidCheckDigits(digits))
        {
            return ParseResult<NationalIdentityNumber>.Fail(Texts["NationalIdentityNumber.CheckDigits"]);
        }

        return ParseResult<NationalIdentityNumber>.Ok(new NationalIdentityNumber(digits, birthDate, isDNumber, isSynthetic));
    }

    /// <summary>
    /// Builds a number from its parts with correct check digits, or null when this individual
    /// number gives no valid check digit (try the next one). Used by the demo data and tests.
    /// </summary>
    public static NationalIdentityNumber? Compose(DateOnly birthDate, int individualNumber, bool synthetic)
    {
        var month = birthDate.Month + (synthetic ? 80 : 0);
        var first9 = $"{birthDate.Day:00}{month:00}{birthDate.Year % 100:00}{individualNumber:000}";
        var k1 = Digits.Mod11CheckDigit(Digits.WeightedSum(first9, WeightsK1));
        if (k1 is null)
        {
            return null;
        }

        var first10 = first9 + k1.Value.ToString(CultureInfo.InvariantCulture);
        var k2 = Digits.Mod11CheckDigit(Digits.WeightedSum(first10, WeightsK2));
        if (k2 is null)
        {
            return null;
        }

        var parsed = Parse(first10 + k2.Value.ToString(CultureInfo.InvariantCulture), allowSynthetic: synthetic);
        return parsed.Value is { } number && number.BirthDate == birthDate ? number : null;
    }

    /// <summary>
    /// The check digit rule in one place. Numbers issued from 2032 may carry other accepted
    /// control values; when that rule is published it changes here and nowhere else.
    /// </summary>
    private static bool HasValidCheckDigits(string digits)
    {
        var k1 = Digits.Mod11CheckDigit(Digits.WeightedSum(digits, WeightsK1));
        var k2 = Digits.Mod11CheckDigit(Digits.WeightedSum(digits, WeightsK2));
        return k1 == Digits.At(digits, 9) && k2 == Digits.At(digits, 10);
    }

    private static int? Century(int individual, int year) => individual switch
    {
        <= 499 => 1900,
        >= 500 and <= 749 when year >= 54 => 1800,
        >= 900 when year >= 40 => 1900,
        >= 500 when year <= 39 => 2000,
        _ => null,
    };

    public bool Equals(NationalIdentityNumber? other) => other is not null && other.Value == Value;

    public override bool Equals(object? obj) => Equals(obj as NationalIdentityNumber);

    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Masked;
}
