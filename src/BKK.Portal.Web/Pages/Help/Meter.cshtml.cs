using BKK.Portal.Web.Consent;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Web.Pages.Help;

/// <summary>Hjelp: how to read the meter, with a YouTube video that loads only with marketing consent.</summary>
[AllowAnonymous]
public sealed class MeterModel(IOptions<ThirdPartyOptions> thirdParties) : PageModel
{
    public bool VideoAllowed => HttpContext.Consent().Allows(CookieCategory.Marketing);

    public string VideoId => thirdParties.Value.MeterVideoId;

    public void OnGet()
    {
    }
}
