using BKK.Portal.Domain.Customers;
using BKK.Portal.Web.Access;

namespace BKK.Portal.Web.Pages.Access;

/// <summary>The relationship switcher in the header posts here.</summary>
public sealed class SwitchModel(RelationshipSelector selector) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? kundenummer)
    {
        var parsed = CustomerNumber.Parse(kundenummer);
        if (!parsed.IsValid)
        {
            return BadRequest();
        }

        try
        {
            await selector.SelectAsync(HttpContext, parsed.Value!);
        }
        catch (RelationshipAccessDeniedException)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        return Redirect("/");
    }
}
