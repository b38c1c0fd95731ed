using BKK.Portal.Application.CustomerService;

namespace BKK.Portal.Web.Pages.CustomerService;

/// <summary>
/// One inquiry on the staff side: anyone in customer service sees its topic and state and may take it; only the one
/// who has taken it reads the case log and answers, asks for more, or closes it.
/// </summary>
public sealed class CaseModel(InquiryQueue queue) : PageModel
{
    [FromRoute(Name = "id")]
    public string? IdText { get; set; }

    [FromQuery(Name = "utfort")]
    public string? DoneFlag { get; set; }

    [BindProperty]
    public AnswerInquiry Input { get; set; } = new();

    public QueueCase? Case { get; private set; }

    /// <summary>The customer number to attach a chat transcript made without login to.</summary>
    [BindProperty(Name = "kundenummer")]
    public string? AttachTo { get; set; }

    public string? AttachError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Case = Id is { } id ? await queue.GetAsync(id, cancellationToken) : null;
        return Case is null ? NotFound() : Page();
    }

    public Task<IActionResult> OnPostTakeAsync(CancellationToken cancellationToken) =>
        Act(id => queue.TakeAsync(id, cancellationToken), "tatt");

    public Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken) =>
        Act(id => queue.CloseAsync(id, cancellationToken), "lukket");

    /// <summary>The handler attaches a transcript of a chat without login to the relationship they have checked it is.</summary>
    public async Task<IActionResult> OnPostAttachAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            return NotFound();
        }

        var (outcome, error) = await queue.AttachAsync(id, AttachTo, cancellationToken);
        if (outcome == QueueOutcome.NotFound)
        {
            return NotFound();
        }

        if (outcome == QueueOutcome.Done)
        {
            return Redirect($"/kundeservice/henvendelser/{id}?utfort=knyttet");
        }

        if (error is null)
        {
            return StatusCode(StatusCodes.Status409Conflict); // not theirs to attach, or attached already
        }

        AttachError = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Case = await queue.GetAsync(id, cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAnswerAsync(CancellationToken cancellationToken) => Answer(askForMore: false, "svart", cancellationToken);

    public Task<IActionResult> OnPostAskAsync(CancellationToken cancellationToken) => Answer(askForMore: true, "spurt", cancellationToken);

    private async Task<IActionResult> Answer(bool askForMore, string done, CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            return NotFound();
        }

        var result = await queue.AnswerAsync(id, Input, askForMore, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.IsValid)
        {
            return Redirect($"/kundeservice/henvendelser/{id}?utfort={done}");
        }

        this.Refuse(result);
        Case = await queue.GetAsync(id, cancellationToken);
        return Page();
    }

    private async Task<IActionResult> Act(Func<int, Task<QueueOutcome>> action, string done)
    {
        if (Id is not { } id)
        {
            return NotFound();
        }

        return await action(id) switch
        {
            QueueOutcome.NotFound => NotFound(),
            QueueOutcome.Refused => StatusCode(StatusCodes.Status409Conflict),
            _ => Redirect($"/kundeservice/henvendelser/{id}?utfort={done}"),
        };
    }

    private int? Id => int.TryParse(IdText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
