using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Tests.Common;

/// <summary>
/// A real localizer over a resource set, as the portal's AddLocalization gives it, for classes built by hand
/// (TestCulture.In reads a text in another language than the tests' bokmål).
/// </summary>
internal static class TestLocalizer
{
    private static readonly ResourceManagerStringLocalizerFactory Factory = new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    public static IStringLocalizer<T> For<T>() => new StringLocalizer<T>(Factory);
}
