namespace BKK.Portal.Domain.Common;

/// <summary>Shared helpers for the numeric identifiers (fødselsnummer, organisasjonsnummer, GSRN, KID).</summary>
public static class Digits
{
    /// <summary>Removes the spaces and dots people type between digit groups.</summary>
    public static string Normalise(string? input) =>
        input is null ? string.Empty : string.Concat(input.Where(c => c is not (' ' or '.' or '\u00A0')));

    public static bool AreAllDigits(string value, int length) =>
        value.Length == length && value.All(char.IsAsciiDigit);

    public static int At(string value, int index) => value[index] - '0';

    /// <summary>The weighted sum of the first <c>weights.Length</c> digits.</summary>
    public static int WeightedSum(string value, ReadOnlySpan<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += At(value, i) * weights[i];
        }

        return sum;
    }

    /// <summary>Modulus 11 check digit as used by Norwegian identifiers: 11 becomes 0, 10 is invalid (null).</summary>
    public static int? Mod11CheckDigit(int weightedSum)
    {
        var check = 11 - (weightedSum % 11);
        return check switch
        {
            11 => 0,
            10 => null,
            _ => check,
        };
    }
}
