namespace BKK.Portal.Domain.Notifications;

/// <summary>
/// Whether a stored phone number (as the contact form stores it: +47 and eight digits, or a foreign number with its
/// country code) can take an SMS. A Norwegian number is a mobile number when its eight digits start with 4 or 9
/// (the numbering plan of Nkom); a foreign number is taken to be one, since the plan of every country is not ours
/// to know, and the gateway refuses one that is not.
/// </summary>
public static class MobileNumber
{
    /// <returns>The number to send to, or null when there is none that takes an SMS.</returns>
    public static string? From(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var number = string.Concat(phone.Where(c => !char.IsWhiteSpace(c)));
        if (number.StartsWith("0047", StringComparison.Ordinal))
        {
            number = "+" + number[2..];
        }

        if (number.Length == 8 && number.All(char.IsAsciiDigit))
        {
            number = "+47" + number;
        }

        if (number.Length < 8 || number[0] != '+' || !number[1..].All(char.IsAsciiDigit))
        {
            return null;
        }

        if (number.StartsWith("+47", StringComparison.Ordinal))
        {
            return number.Length == 11 && number[3] is '4' or '9' ? number : null;
        }

        return number;
    }
}
