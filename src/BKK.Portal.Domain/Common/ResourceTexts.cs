using System.Globalization;
using System.Resources;

namespace BKK.Portal.Domain.Common;

/// <summary>
/// The texts of one resource file (bokmål in <c>X.resx</c>, nynorsk in <c>X.nn.resx</c>, English in
/// <c>X.en.resx</c>) for code that has no <c>IStringLocalizer</c> at hand: domain rules and static helpers.
/// A key the file does not have throws, so a missing text fails loudly instead of showing its key.
/// </summary>
public sealed class ResourceTexts(Type marker)
{
    private readonly ResourceManager resources = new(marker);

    /// <summary>The text in the current UI culture.</summary>
    public string this[string key] =>
        resources.GetString(key, CultureInfo.CurrentUICulture)
        ?? throw new MissingManifestResourceException($"The text '{key}' is missing from {marker.Name}.");

    /// <summary>The text with its placeholders filled in, numbers and dates in the current culture.</summary>
    public string Format(string key, params object?[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, this[key], arguments);
}
