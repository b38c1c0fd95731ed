namespace BKK.Portal.Application.Privacy;

/// <summary>
/// A cookie the site may set: its name (or the start of its name when <see cref="IsPrefix"/>), category,
/// who sets it, the notice's theme, the data it holds, what it is used for, and its lifetime.
/// </summary>
public sealed record CookieEntry(
    string Name,
    bool IsPrefix,
    CookieCategory Category,
    bool FirstParty,
    string Provider,
    Text Theme,
    Text Data,
    Text Purpose,
    CookieLifetime Lifetime,
    bool DevelopmentOnly = false)
{
    /// <summary>
    /// The name, or a name starting with the prefix; and a large cookie's chunks, which ASP.NET Core
    /// names by appending C1, C2 … ("bkk.portal.authC1").
    /// </summary>
    public bool Matches(string cookieName)
    {
        if (IsPrefix ? cookieName.StartsWith(Name, StringComparison.Ordinal) : string.Equals(cookieName, Name, StringComparison.Ordinal))
        {
            return true;
        }

        return !IsPrefix && cookieName.Length > Name.Length + 1 && cookieName.StartsWith(Name + "C", StringComparison.Ordinal)
            && cookieName[(Name.Length + 1)..].All(char.IsAsciiDigit);
    }
}
