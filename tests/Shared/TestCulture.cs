using System.Globalization;
using System.Runtime.CompilerServices;

namespace BKK.Portal.Tests.Shared;

/// <summary>
/// Every test runs in bokmål, the portal's default, whatever the machine's locale: texts and formats that
/// follow the current culture then read as a Norwegian customer sees them. Tests of another language set it themselves.
/// </summary>
internal static class TestCulture
{
    [ModuleInitializer]
    internal static void UseBokmal()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.GetCultureInfo("nb-NO");
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.GetCultureInfo("nb-NO");
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nb-NO");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nb-NO");
    }

    /// <summary>What <paramref name="read"/> gives with <paramref name="culture"/> as the culture and UI culture; both are restored after.</summary>
    public static T In<T>(string culture, Func<T> read)
    {
        var (format, texts) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (format, texts);
        }
    }

    /// <inheritdoc cref="In{T}(string, Func{T})"/>
    public static async Task<T> InAsync<T>(string culture, Func<Task<T>> read)
    {
        var (format, texts) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return await read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (format, texts);
        }
    }
}
