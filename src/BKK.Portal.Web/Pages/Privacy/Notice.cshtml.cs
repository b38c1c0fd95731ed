namespace BKK.Portal.Web.Pages.Privacy;

/// <summary>
/// Personvern: the privacy notice, every word of it from the catalogue, in bokmål or English.
/// The rendered notice is cached on the server per catalogue version and language (the page
/// around it, with the banner and this request's nonce and tokens, is not).
/// </summary>
[AllowAnonymous]
public sealed class NoticeModel(PrivacyCatalogue catalogue, IWebHostEnvironment environment) : PageModel
{
    [FromQuery(Name = "lang")]
    public string? LanguageCode { get; set; }

    public PrivacyCatalogue Catalogue => catalogue;

    public Language Language => LanguageCode == "en" ? Language.English : Language.Norwegian;

    /// <summary>The cookies of this installation: the development login's only where it runs.</summary>
    public IEnumerable<CookieEntry> Cookies => catalogue.Cookies.Where(c => !c.DevelopmentOnly || !environment.IsProduction());

    /// <summary>The key of the notice's rendered text in the server's cache: it changes only with the catalogue.</summary>
    public string CacheKey => $"{catalogue.Version}|{catalogue.Date:yyyy-MM-dd}|{Language}|{environment.EnvironmentName}";

    public void OnGet()
    {
    }

    public string T(Text text) => text.In(Language);
}
