using BKK.Portal.Application.Customers;
using BKK.Portal.Application.Inquiries;
using BKK.Portal.Application.Invoices;
using BKK.Portal.Application.Prices;

namespace BKK.Portal.Web.Pages;

/// <summary>
/// Oversikt: the chosen relationship and its metering points with last month's consumption; the running
/// month of each point (consumption, grid rent and price support so far, the whole month estimated) and its
/// capacity step to watch; the newest invoice, what is owed and the open inquiries. Amounts, invoices and
/// inquiries are account data: a limited grant sees the consumption and the capacity step only.
/// </summary>
public sealed class IndexModel(CurrentRelationship current, OverviewQuery query, MonthSoFarQuery months, InvoiceQuery invoices, InquiryService inquiries, Application.Notices.NoticeBoard notices) : PageModel
{
    public Overview? Overview { get; private set; }

    /// <summary>The open driftsmeldinger over the relationship's metering points: the state of each point.</summary>
    public IReadOnlyList<Application.Notices.NoticeForPoint> Notices { get; private set; } = [];

    public IReadOnlyList<MonthSoFar> MonthSoFar { get; private set; } = [];

    /// <summary>Whether the grant covers amounts, invoices and inquiries.</summary>
    public bool ShowsAccount { get; private set; }

    public AccountSummary? Account { get; private set; }

    public int OpenInquiries { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await current.TryGetAsync(cancellationToken) is not { } relationship)
        {
            return;
        }

        Overview = await query.GetAsync(relationship, cancellationToken);
        MonthSoFar = await months.GetAsync(relationship, cancellationToken);
        Notices = await notices.ForRelationshipAsync(relationship, cancellationToken);
        ShowsAccount = relationship.CoversAccountData;
        if (ShowsAccount)
        {
            Account = await invoices.AccountAsync(relationship, cancellationToken);
            OpenInquiries = await inquiries.CountOpenAsync(relationship, cancellationToken);
        }
    }
}
