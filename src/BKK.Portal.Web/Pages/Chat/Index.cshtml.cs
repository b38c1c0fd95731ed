namespace BKK.Portal.Web.Pages.Chat;

/// <summary>
/// Chat med kundeservice: until the live chat exists, the page offers the phone number and the inquiry
/// form, and nothing more. It starts nothing and sets no cookie (the catalogue's chat cookie is for the
/// live chat); a POST is refused (405).
/// </summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
