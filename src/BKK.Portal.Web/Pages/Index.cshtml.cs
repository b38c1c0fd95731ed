using BKK.Portal.Application.Access;
using BKK.Portal.Application.Customers;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BKK.Portal.Web.Pages;

/// <summary>Oversikt: the chosen relationship, its metering points and last month's consumption.</summary>
public sealed class IndexModel(ICurrentUser user, RelationshipAccessService access, CurrentRelationship current, OverviewQuery query) : PageModel
{
    public Overview? Overview { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var granted = await access.ListGrantedAsync(user.Subject!, cancellationToken);
        if (granted.Count == 0)
        {
            return;
        }

        Overview = await query.GetAsync(await current.GetAsync(cancellationToken), cancellationToken);
    }
}
