using BKK.Portal.Application.Consumption;
using BKK.Portal.Application.CustomerService;
using BKK.Portal.Application.Customers;
using BKK.Portal.Application.Inquiries;
using BKK.Portal.Application.Installations;
using BKK.Portal.Application.Invoices;
using BKK.Portal.Domain.Consumption;

namespace BKK.Portal.Web.Pages.CustomerService;

/// <summary>
/// A customer as customer service reads it, while an opening with a stated need lasts: contact data (identity numbers
/// masked), metering points, a year of consumption, invoices and inquiries, all read-only. Without an opening, or
/// after it, the page is refused (403) and says how to open the customer again.
/// </summary>
public sealed class CustomerModel(
    StaffAccessService access, ContactDetailsService contact, InstallationsQuery installations, ConsumptionQuery consumption, InvoiceQuery invoices,
    InquiryService inquiries, TimeProvider clock) : PageModel
{
    [FromRoute(Name = "kunde")]
    public string? CustomerNumberText { get; set; }

    [FromQuery(Name = "malepunkt")]
    public string? MeteringPointId { get; set; }

    public string CustomerNumber => CustomerNumberText ?? string.Empty;

    /// <summary>No opening lasts: nothing of the customer is shown.</summary>
    public bool Refused { get; private set; }

    public DateTime OpenUntilUtc { get; private set; }

    public RelationshipDetails? Details { get; private set; }

    public IReadOnlyList<Installation> Installations { get; private set; } = [];

    public ConsumptionView? Consumption { get; private set; }

    public InvoiceList? Invoices { get; private set; }

    public IReadOnlyList<InquirySummary> Inquiries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Domain.Customers.CustomerNumber.Parse(CustomerNumberText).Value is not { } number || !await access.ExistsAsync(number, cancellationToken))
        {
            return NotFound();
        }

        StaffReading reading;
        try
        {
            reading = await access.AuthorizeAsync(number, cancellationToken);
        }
        catch (RelationshipAccessDeniedException)
        {
            Refused = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        var relationship = reading.Relationship;
        OpenUntilUtc = reading.OpenUntilUtc;
        Details = await contact.GetAsync(relationship, cancellationToken);
        Installations = await installations.ListAsync(relationship, cancellationToken);
        if (Installations.Count > 0)
        {
            var year = ConsumptionPeriod.Containing(PeriodKind.Year, OsloTime.Today(clock));
            Consumption = await consumption.GetAsync(relationship, MeteringPointId ?? Installations[0].MeteringPointId, year, FlowDirection.Consumption, withCost: false, cancellationToken);
            if (Consumption is null)
            {
                return NotFound(); // a metering point of another customer
            }
        }

        Invoices = await invoices.ListAsync(relationship, null, null, cancellationToken);
        Inquiries = await inquiries.ListAsync(relationship, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
