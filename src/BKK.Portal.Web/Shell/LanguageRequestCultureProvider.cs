using Microsoft.AspNetCore.Localization;

namespace BKK.Portal.Web.Shell;

/// <summary>
/// Decides a request's language: a <c>?lang=</c> in the address (a link to a page in a given language), then the
/// choice remembered in the language cookie, then the first of the browser's languages (Accept-Language, by its
/// q-values) that is one of ours: nn is nynorsk, nb and no bokmål, en English. Nothing of ours gives bokmål.
/// </summary>
public sealed class LanguageRequestCultureProvider : RequestCultureProvider
{
    public const string QueryKey = "lang";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var language = Languages.FromTag(request.Query[QueryKey].FirstOrDefault())
            ?? LanguageCookie.Read(request)
            ?? FromBrowser(request);
        var culture = Languages.CultureOf(language ?? Language.Bokmal).Name;
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture, culture));
    }

    private static Language? FromBrowser(HttpRequest request) =>
        request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1) // a stable sort: equal weights keep the browser's order
            .Select(l => Languages.FromTag(l.Value.Value))
            .FirstOrDefault(l => l is not null);
}
