using System.Security.Cryptography;
using System.Text;

namespace BKK.Portal.Application.Sharing;

/// <summary>
/// The token's text: <c>bkk_</c> and 43 characters of base64url (32 random bytes). A token is as strong as a random
/// 256-bit key, so SHA-256 of it is enough to store (no slow password hash is needed); its first 12 characters are the
/// prefix shown on the page and used to find its row, and the hash is then compared in constant time.
/// </summary>
public static class ApiTokenSecret
{
    public const string Start = "bkk_";

    private const int RandomLength = 43;

    public const int PrefixLength = 12;

    public static int Length => Start.Length + RandomLength;

    /// <summary>A new token, its prefix and its hash.</summary>
    public static (string Token, string Prefix, byte[] Hash) New()
    {
        var token = Start + Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, token[..PrefixLength], Hash(token));
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));

    /// <summary>Whether the text has the token's form at all (checked before the database is asked).</summary>
    public static bool IsWellFormed(string? token) =>
        token is not null && token.Length == Length && token.StartsWith(Start, StringComparison.Ordinal)
        && token.AsSpan(Start.Length).IndexOfAnyExcept(Base64UrlCharacters) < 0;

    /// <summary>Constant time: how much of two hashes agree is never told by how long the comparison takes.</summary>
    public static bool Matches(byte[] storedHash, byte[] presentedHash) => CryptographicOperations.FixedTimeEquals(storedHash, presentedHash);

    private static readonly System.Buffers.SearchValues<char> Base64UrlCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
