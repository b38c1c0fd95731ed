using System.Globalization;

namespace BKK.Portal.Web.Pages.Privacy;

/// <summary>
/// Personvern: the privacy notice, every word of it from the catalogue, in the request's language (bokmål,
/// nynorsk or English: <c>?lang=</c>, the language cookie or the browser's languages, see
/// <see cref="LanguageRequestCultureProvider"/>). The rendered notice is cached on the server per catalogue
/// version and language (the page around it, with the banner and this request's nonce and tokens, is not).
/// </summary>
[AllowAnonymous]
public sealed class NoticeModel(PrivacyCatalogue catalogue, IWebHostEnvironment environment) : PageModel
{
    public PrivacyCatalogue Catalogue => catalogue;

    /// <summary>The language of this request.</summary>
    public Language Language { get; } = Languages.Current;

    /// <summary>The cookies of this installation: the development login's only where it runs.</summary>
    public IEnumerable<CookieEntry> Cookies => catalogue.Cookies.Where(c => !c.DevelopmentOnly || !environment.IsProduction());

    /// <summary>The key of the notice's rendered text in the server's cache: it changes only with the catalogue and the language.</summary>
    public string CacheKey => $"{catalogue.Version}|{catalogue.Date:yyyy-MM-dd}|{Language}|{environment.EnvironmentName}";

    /// <summary>The notice's date as the notice says it: "28. november 2026", "28 November 2026".</summary>
    public string Date => catalogue.Date.ToString(T(catalogue.Headings.DateFormat), CultureInfo.CurrentCulture);

    public void OnGet()
    {
    }

    public string T(Text text) => text.In(Language);
}
