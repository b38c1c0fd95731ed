using BKK.Portal.Application.CustomerService;

namespace BKK.Portal.Web.Pages.CustomerService;

/// <summary>The inquiry queue by state, the longest waiting first, with the age of each.</summary>
public sealed class QueueModel(InquiryQueue queue, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(QueueState State, string Slug)> States =
        [(QueueState.New, "ny"), (QueueState.Assigned, "tildelt"), (QueueState.WaitingForCustomer, "venter"), (QueueState.Closed, "lukket")];

    [FromQuery(Name = "status")]
    public string? StateSlug { get; set; }

    [FromQuery(Name = "mine")]
    public string? MineFlag { get; set; }

    public QueueState State { get; private set; } = QueueState.New;

    public bool OnlyMine => MineFlag == "1";

    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];

    public IReadOnlyDictionary<QueueState, int> Counts { get; private set; } = new Dictionary<QueueState, int>();

    public DateTime NowUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (StateSlug is not null && States.All(s => s.Slug != StateSlug))
        {
            return BadRequest();
        }

        State = States.FirstOrDefault(s => s.Slug == StateSlug, States[0]).State;
        NowUtc = clock.GetUtcNow().UtcDateTime;
        Rows = await queue.ListAsync(State, OnlyMine, cancellationToken);
        Counts = await queue.CountsAsync(cancellationToken);
        return Page();
    }

    public static string Slug(QueueState state) => States.First(s => s.State == state).Slug;
}
