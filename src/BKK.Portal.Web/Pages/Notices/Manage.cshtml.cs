using BKK.Portal.Application.Notices;

namespace BKK.Portal.Web.Pages.Notices;

/// <summary>The staff's list of driftsmeldinger (a team lead or the operations centre): the open ones first.</summary>
public sealed class ManageModel(NoticeService notices) : PageModel
{
    public IReadOnlyList<NoticeRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await notices.ListAsync(cancellationToken);
}
