using BKK.Portal.Application.Invoices;

namespace BKK.Portal.Web.Pages.Invoices;

/// <summary>Betalinger: every payment to the relationship's invoices, newest first.</summary>
public sealed class PaymentsModel(CurrentRelationship current, InvoiceQuery query) : PageModel
{
    public IReadOnlyList<PaymentRow> Payments { get; private set; } = [];

    public bool LimitedAccess { get; private set; }

    public bool InvoicedThroughSupplier { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        LimitedAccess = !relationship.CoversAccountData;
        Payments = await query.PaymentsAsync(relationship, cancellationToken);
        InvoicedThroughSupplier = !LimitedAccess && await query.InvoicedThroughSupplierAsync(relationship, cancellationToken);
    }
}
