using System.Resources;

namespace BKK.Portal.Application.Notifications;

/// <summary>
/// The message templates in the three languages (NotificationTexts.resx, .nn.resx, .en.resx). A message is written in
/// its recipient's language, not the language of the request that caused it, so the culture is given each time.
/// </summary>
public sealed class NotificationTexts
{
    private static readonly ResourceManager Resources = new(typeof(NotificationTexts));

    public static string Get(Language language, string key) =>
        Resources.GetString(key, Languages.CultureOf(language))
        ?? throw new MissingManifestResourceException($"The text '{key}' is missing from {nameof(NotificationTexts)}.");

    /// <summary>The template with its placeholders filled in, numbers and dates in the language's culture.</summary>
    public static string Format(Language language, string key, params object?[] arguments) =>
        string.Format(Languages.CultureOf(language), Get(language, key), arguments);
}
