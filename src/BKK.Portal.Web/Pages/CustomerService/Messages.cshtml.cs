using BKK.Portal.Application.Notifications;

namespace BKK.Portal.Web.Pages.CustomerService;

/// <summary>The messages that failed after every attempt, with the outbox's counts; a failed one is sent again by POST.</summary>
public sealed class MessagesModel(DeliveryReview review) : PageModel
{
    [FromQuery(Name = "utfort")]
    public string? Done { get; set; }

    public DeliveryCounts Counts { get; private set; } = new(0, 0, 0);

    public IReadOnlyList<FailedMessageRow> Failed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await review.CountsAsync(cancellationToken);
        Failed = await review.FailedAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostRetryAsync(long id, CancellationToken cancellationToken) =>
        Redirect(await review.RetryAsync(id, cancellationToken) ? "/kundeservice/meldinger?utfort=sendt" : "/kundeservice/meldinger?utfort=ukjent");
}
