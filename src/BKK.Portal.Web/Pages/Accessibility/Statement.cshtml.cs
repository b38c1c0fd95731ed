namespace BKK.Portal.Web.Pages.Accessibility;

/// <summary>
/// The accessibility statement, as Norwegian statements are built: the law, how far the site conforms, what does
/// not and why, how it was tested, how to give feedback and where to complain.
/// </summary>
[AllowAnonymous]
public sealed class StatementModel : PageModel
{
    public void OnGet()
    {
    }
}
