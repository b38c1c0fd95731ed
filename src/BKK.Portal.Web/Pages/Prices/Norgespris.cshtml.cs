using BKK.Portal.Application.Prices;

namespace BKK.Portal.Web.Pages.Prices;

/// <summary>
/// Strømpris: Norgespris against spot price with strømstøtte on the relationship's own last twelve months.
/// What the relationship pays is account data: a limited grant is told it has no access to it.
/// </summary>
public sealed class NorgesprisModel(CurrentRelationship current, NorgesprisComparisonQuery query) : PageModel
{
    public NorgesprisComparison? Comparison { get; private set; }

    public bool LimitedAccess { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        if (!relationship.CoversAccountData)
        {
            LimitedAccess = true;
            return;
        }

        Comparison = await query.GetAsync(relationship, cancellationToken);
    }
}
