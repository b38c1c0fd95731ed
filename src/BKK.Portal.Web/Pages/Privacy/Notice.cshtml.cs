using System.Security.Cryptography;
using System.Text;
using BKK.Portal.Application.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BKK.Portal.Web.Pages.Privacy;

/// <summary>
/// Personvern: the privacy notice, every word of it from the catalogue, in bokmål or English.
/// The browser keeps its copy as long as the catalogue version (and who is logged in) is the same.
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

    public IActionResult OnGet()
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{catalogue.Version}|{Language}|{User.Identity?.Name}|{environment.EnvironmentName}")))[..16];
        var tag = $"\"{hash}\"";
        Response.Headers.ETag = tag;
        Response.Headers.CacheControl = "private, no-cache";
        if (Request.Headers.IfNoneMatch.Contains(tag))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        return Page();
    }

    public string T(Text text) => text.In(Language);
}
