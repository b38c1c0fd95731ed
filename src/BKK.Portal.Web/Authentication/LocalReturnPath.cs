namespace BKK.Portal.Web.Authentication;

/// <summary>
/// Where the portal may send a person after login: a path of this site only. Anything a browser could
/// read as another host (<c>//host</c>, <c>/\host</c>, the same behind percent-encoding, or with a tab or
/// line break that browsers strip) becomes <c>/</c>.
/// </summary>
public static class LocalReturnPath
{
    public const string Home = "/";

    public static string Sanitize(string? candidate) => IsLocal(candidate) ? candidate! : Home;

    public static bool IsLocal(string? candidate)
    {
        if (string.IsNullOrEmpty(candidate) || candidate.Length > 2048)
        {
            return false;
        }

        // Decode a few times over: a path that only becomes //host after one or two decodings is refused as well.
        var text = candidate;
        for (var round = 0; round < 4; round++)
        {
            if (!LooksLocal(text))
            {
                return false;
            }

            var decoded = Uri.UnescapeDataString(text);
            if (decoded == text)
            {
                return true;
            }

            text = decoded;
        }

        return false; // still encoded after four rounds: nobody types that
    }

    private static bool LooksLocal(string path) =>
        path.Length > 0
        && path[0] == '/'
        && !path.StartsWith("//", StringComparison.Ordinal)
        && !path.Contains('\\', StringComparison.Ordinal)
        && !path.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));
}
