using BKK.Portal.Application.Requests;

namespace BKK.Portal.Web.Pages.CustomerService;

/// <summary>Forespørsler: the customers' requests that wait for customer service (the HAN port), oldest first, each carried out with one button.</summary>
public sealed class RequestsModel(ServiceRequestQueue queue) : PageModel
{
    [FromQuery(Name = "utfort")]
    public string? DoneFlag { get; set; }

    public IReadOnlyList<ServiceRequestRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await queue.PendingAsync(cancellationToken);

    public async Task<IActionResult> OnPostCompleteAsync([FromForm(Name = "foresporsel")] string? request, CancellationToken cancellationToken)
    {
        if (!int.TryParse(request, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            || !await queue.CompleteAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return Redirect("/kundeservice/foresporsler?utfort=1");
    }
}
