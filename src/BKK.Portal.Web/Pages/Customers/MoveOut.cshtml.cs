using BKK.Portal.Application.Customers;

namespace BKK.Portal.Web.Pages.Customers;

/// <summary>Flytting: the holder reports the day they move out, with a final reading or a request to have the meter read.</summary>
public sealed class MoveOutModel(CurrentRelationship current, MoveOutService service, TimeProvider clock) : PageModel
{
    [BindProperty]
    public ReportMoveOut Input { get; set; } = new();

    public bool MayReport { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public DateOnly Today { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await service.ReportAsync(await current.GetAsync(cancellationToken), Input, cancellationToken);
        if (result.IsValid)
        {
            return Redirect("/flytting");
        }

        this.Refuse(result);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        Today = OsloTime.Today(clock);
        MayReport = MoveOutService.MayReport(relationship);
        EndDate = await service.EndDateAsync(relationship, cancellationToken);
    }
}
