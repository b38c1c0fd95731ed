using BKK.Portal.Application.Inquiries;
using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Web.Pages.Inquiries;

/// <summary>One inquiry and its case log; the customer adds a message while it is open. Another relationship's inquiry is 404.</summary>
public sealed class DetailModel(CurrentRelationship current, InquiryService service, TimeProvider clock) : PageModel
{
    [FromRoute(Name = "id")]
    public string? IdText { get; set; }

    [FromQuery(Name = "sendt")]
    public string? SentFlag { get; set; }

    [BindProperty]
    public AddInquiryMessage Input { get; set; } = new();

    public bool Sent => SentFlag == "1";

    public bool Added => SentFlag == "melding";

    public Inquiry? Inquiry { get; private set; }

    public bool LimitedAccess { get; private set; }

    /// <summary>Closed at most 14 days ago: a message opens it again.</summary>
    public bool MayReopen => Inquiry?.MayReopenAt(clock.GetUtcNow()) == true;

    /// <summary>The last moment a closed inquiry may be reopened.</summary>
    public DateTime? ReopenUntilUtc => Inquiry?.ClosedUtc + BKK.Portal.Domain.Inquiries.Inquiry.ReopenWithin;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        if (!relationship.CoversAccountData)
        {
            LimitedAccess = true; // the page says why instead of showing anything
            return Page();
        }

        Inquiry = Id is { } id ? await service.GetAsync(relationship, id, cancellationToken) : null;
        return Inquiry is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        if (!relationship.CoversAccountData)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (Id is not { } id)
        {
            return NotFound();
        }

        var result = await service.AddMessageAsync(relationship, id, Input, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.IsValid)
        {
            return Redirect($"/henvendelser/{id}?sendt=melding");

        }

        this.Refuse(result);
        Inquiry = await service.GetAsync(relationship, id, cancellationToken);
        return Page();
    }

    private int? Id => int.TryParse(IdText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
