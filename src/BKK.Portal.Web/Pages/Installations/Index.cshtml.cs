using BKK.Portal.Application.Installations;

namespace BKK.Portal.Web.Pages.Installations;

/// <summary>Anlegg: the relationship's metering points with their meters.</summary>
public sealed class IndexModel(CurrentRelationship current, InstallationsQuery query) : PageModel
{
    public IReadOnlyList<Installation> Installations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Installations = await query.ListAsync(await current.GetAsync(cancellationToken), cancellationToken);
}
