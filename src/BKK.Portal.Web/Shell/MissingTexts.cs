using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace BKK.Portal.Web.Shell;

/// <summary>
/// Texts a page asked for that no resource file has: the page then shows the key instead of a text. Each one is
/// logged once as a warning (the key, the resource and the language; never personal data) and kept here, so
/// that the test walking every page in every language can name them.
/// </summary>
public sealed partial class MissingTexts(ILogger<MissingTexts> logger)
{
    private const int Limit = 1000;
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> All => [.. _seen.Keys.Order(StringComparer.Ordinal)];

    public void Report(string resource, string key)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        if (_seen.Count < Limit && _seen.TryAdd($"{resource}: {key} ({culture})", 0))
        {
            LogMissing(logger, key, resource, culture);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The text {Key} is missing from {Resource} in {Culture}; the page shows the key")]
    private static partial void LogMissing(ILogger logger, string key, string resource, string culture);
}

/// <summary>The localizer factory with every localizer reporting its missing texts to <see cref="MissingTexts"/>.</summary>
public sealed class ReportingStringLocalizerFactory(ResourceManagerStringLocalizerFactory inner, MissingTexts missing) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new Reporting(inner.Create(resourceSource), resourceSource.Name, missing);

    public IStringLocalizer Create(string baseName, string location) => new Reporting(inner.Create(baseName, location), baseName, missing);

    private sealed class Reporting(IStringLocalizer inner, string resource, MissingTexts missing) : IStringLocalizer
    {
        public LocalizedString this[string name] => Checked(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Checked(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Checked(LocalizedString text)
        {
            if (text.ResourceNotFound)
            {
                missing.Report(resource, text.Name);
            }

            return text;
        }
    }
}
