using BKK.Portal.Application.Notices;

namespace BKK.Portal.Web.Pages.Notices;

/// <summary>Driftsmeldinger for everybody, without login: the outages now and the planned work, by postal codes and grid stations.</summary>
[AllowAnonymous]
public sealed class IndexModel(NoticeBoard board) : PageModel
{
    public IReadOnlyList<PublicNotice> Current { get; private set; } = [];

    public IReadOnlyList<PublicNotice> Planned { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var open = await board.OpenAsync(cancellationToken);
        Current = open.Where(n => n.Started).ToList();
        Planned = open.Where(n => !n.Started).ToList();
    }
}
