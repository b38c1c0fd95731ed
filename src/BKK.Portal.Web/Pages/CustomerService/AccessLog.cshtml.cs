using BKK.Portal.Application.CustomerService;

namespace BKK.Portal.Web.Pages.CustomerService;

/// <summary>The team lead's access log: every opening of a customer, filtered by staff member, customer and dates.</summary>
public sealed class AccessLogModel(StaffAccessLog log) : PageModel
{
    [FromQuery(Name = "ansatt")]
    public string? Staff { get; set; }

    [FromQuery(Name = "kundenummer")]
    public string? CustomerNumberText { get; set; }

    [FromQuery(Name = "fra")]
    public DateOnly? From { get; set; }

    [FromQuery(Name = "til")]
    public DateOnly? To { get; set; }

    public IReadOnlyList<StaffAccessRow> Rows { get; private set; } = [];

    public IReadOnlyList<(string Subject, string Name)> StaffMembers { get; private set; } = [];

    public string? CustomerNumberError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        StaffMembers = await log.StaffAsync(cancellationToken);
        Domain.Customers.CustomerNumber? number = null;
        if (!string.IsNullOrWhiteSpace(CustomerNumberText))
        {
            var parsed = Domain.Customers.CustomerNumber.Parse(CustomerNumberText);
            if (!parsed.IsValid)
            {
                CustomerNumberError = parsed.Error;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            number = parsed.Value;
        }

        if (!ModelState.IsValid)
        {
            return BadRequest(); // a date that is not a date
        }

        Rows = await log.ListAsync(new StaffAccessFilter(Staff, number, From, To), cancellationToken);
        return Page();
    }
}
