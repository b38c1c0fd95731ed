using BKK.Portal.Application.Requests;

namespace BKK.Portal.Web.Pages.CustomerService;

/// <summary>
/// Forespørsler: the customers' requests that wait for customer service (the HAN port, final readings), oldest first, each
/// carried out with one button; and the meter readings that wait for a check, each approved or rejected, with its photo.
/// </summary>
public sealed class RequestsModel(ServiceRequestQueue queue, RegisterReadingChecks readings) : PageModel
{
    [FromQuery(Name = "utfort")]
    public string? DoneFlag { get; set; }

    public IReadOnlyList<ServiceRequestRow> Rows { get; private set; } = [];

    public IReadOnlyList<ReadingCheckRow> Readings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Rows = await queue.PendingAsync(cancellationToken);
        Readings = await readings.PendingAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostReadingAsync([FromForm(Name = "avlesning")] string? reading, [FromForm(Name = "vurdering")] string? verdict, CancellationToken cancellationToken)
    {
        if (verdict is not ("godkjenn" or "avvis"))
        {
            return BadRequest();
        }

        if (!TryId(reading, out var id)
            || !await (verdict == "godkjenn" ? readings.ApproveAsync(id, cancellationToken) : readings.RejectAsync(id, cancellationToken)))
        {
            return NotFound();
        }

        return Redirect("/kundeservice/foresporsler?utfort=1");
    }

    /// <summary>The photo of a reading that waits for a check.</summary>
    public async Task<IActionResult> OnGetPhotoAsync(int id, CancellationToken cancellationToken) => this.Jpeg(await readings.PhotoAsync(id, cancellationToken));

    private static bool TryId(string? text, out int id) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id);

    public async Task<IActionResult> OnPostCompleteAsync([FromForm(Name = "foresporsel")] string? request, CancellationToken cancellationToken)
    {
        if (!TryId(request, out var id) || !await queue.CompleteAsync(id, cancellationToken))
        {
            return NotFound();
        }

        return Redirect("/kundeservice/foresporsler?utfort=1");
    }
}
