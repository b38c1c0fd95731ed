using BKK.Portal.Application.Inquiries;

namespace BKK.Portal.Web.Pages.Inquiries;

/// <summary>Henvendelser: the relationship's inquiries, newest first, and the form for a new one.</summary>
public sealed class IndexModel(CurrentRelationship current, InquiryService service) : PageModel
{
    [BindProperty]
    public SendInquiry Input { get; set; } = new();

    public IReadOnlyList<InquirySummary> Inquiries { get; private set; } = [];

    public bool LimitedAccess { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(await current.GetAsync(cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        var (result, id) = await service.SendAsync(relationship, Input, cancellationToken);
        if (result.IsValid)
        {
            return Redirect($"/henvendelser/{id}?sendt=1");
        }

        this.Refuse(result);
        await LoadAsync(relationship, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(AuthorizedRelationship relationship, CancellationToken cancellationToken)
    {
        LimitedAccess = !relationship.CoversAccountData;
        if (!LimitedAccess)
        {
            Inquiries = await service.ListAsync(relationship, cancellationToken);
        }
    }
}
