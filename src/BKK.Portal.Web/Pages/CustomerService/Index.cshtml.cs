using BKK.Portal.Application.CustomerService;

namespace BKK.Portal.Web.Pages.CustomerService;

/// <summary>Customer service's start: find a customer by an exact key (a GET: finding changes nothing and opens nothing).</summary>
public sealed class IndexModel(StaffAccessService access) : PageModel
{
    [FromQuery(Name = "nokkel")]
    public CustomerKeyKind? Kind { get; set; }

    [FromQuery(Name = "verdi")]
    public string? Key { get; set; }

    public CustomerLookup? Lookup { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Request.Query.ContainsKey("verdi"))
        {
            Lookup = await access.FindAsync(Kind, Key, cancellationToken);
            if (Lookup.Error is not null)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest; // Not found is a refusal of the input, shown beside the field
            }
        }
    }
}
