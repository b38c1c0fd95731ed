using System.Text.RegularExpressions;

namespace BKK.Portal.Infrastructure.Logging;

/// <summary>
/// Removes what must never reach a log: national identity numbers (any 11-digit run),
/// e-mail addresses and IP addresses (v4 and v6). A last line of defence behind the rule
/// that code does not log such values in the first place.
/// </summary>
public static partial class PersonalDataRedactor
{
    public const string Replacement = "[fjernet]";

    public static string Redact(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        text = EmailPattern().Replace(text, Replacement);
        text = ElevenDigitsPattern().Replace(text, Replacement);
        text = IPv4Pattern().Replace(text, Replacement);
        return IPv6Pattern().Replace(text, Replacement);
    }

    /// <summary>
    /// A request path with its long numbers (customer numbers, metering point IDs) replaced by
    /// <c>{id}</c>: a path names whose data was asked for, which is personal data of its own.
    /// </summary>
    public static string RedactPath(string path) => IdentifierInPath().Replace(Redact(path), "{id}");

    [GeneratedRegex(@"(?<=/)\d{6,}(?=/|$)")]
    private static partial Regex IdentifierInPath();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    // Also catches a number written with a space after the birth date ("230723 88054").
    [GeneratedRegex(@"(?<!\d)\d{6}[ ]?\d{5}(?!\d)")]
    private static partial Regex ElevenDigitsPattern();

    [GeneratedRegex(@"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")]
    private static partial Regex IPv4Pattern();

    // Eight groups, or a compressed form with "::" ("2001:db8::1", "::1", "fe80::1:2"); a clock time has neither.
    [GeneratedRegex(@"(?<![\w:])(?:(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?::(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?)(?![\w:])")]
    private static partial Regex IPv6Pattern();
}
