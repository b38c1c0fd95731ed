namespace BKK.Portal.Application.Privacy;

/// <summary>How long a cookie lives: a duration, or the browser session; and how the notice says it.</summary>
public sealed record CookieLifetime(TimeSpan? Duration, bool Session, Text Display)
{
    public static CookieLifetime For(TimeSpan duration, Text display) => new(duration, false, display);

    public static CookieLifetime BrowserSession { get; } = new(null, true, new Text("Til nettleseren lukkes", "Til nettlesaren blir lukka", "Until the browser is closed"));
}
