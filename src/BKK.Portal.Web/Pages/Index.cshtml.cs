using BKK.Portal.Application.Customers;

namespace BKK.Portal.Web.Pages;

/// <summary>Oversikt: the chosen relationship, its metering points and last month's consumption.</summary>
public sealed class IndexModel(CurrentRelationship current, OverviewQuery query) : PageModel
{
    public Overview? Overview { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.TryGetAsync(cancellationToken) is { } relationship)
        {
            Overview = await query.GetAsync(relationship, cancellationToken);
        }
    }
}
