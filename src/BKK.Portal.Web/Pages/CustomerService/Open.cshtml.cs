using BKK.Portal.Application.CustomerService;
using BKK.Portal.Domain.Customers;

namespace BKK.Portal.Web.Pages.CustomerService;

/// <summary>Opening a customer on a stated need: the case the staff member handles, or a reason written out.</summary>
public sealed class OpenModel(StaffAccessService access) : PageModel
{
    [FromRoute(Name = "kunde")]
    public string? CustomerNumberText { get; set; }

    /// <summary>The case to preselect (a link from the inquiry being handled).</summary>
    [FromQuery(Name = "sak")]
    public string? PreselectedCase { get; set; }

    [BindProperty]
    public OpenCustomer Input { get; set; } = new();

    /// <summary>The radio chosen: a case ("Inquiry:12") or "Written"; it fills <see cref="Input"/>'s reason and case.</summary>
    [BindProperty(Name = "valg")]
    public string? Choice { get; set; }

    public IReadOnlyList<StaffCase> Cases { get; private set; } = [];

    public string CustomerNumber => CustomerNumberText ?? string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Parse() is not { } number || !await access.ExistsAsync(number, cancellationToken))
        {
            return NotFound();
        }

        Cases = await access.CasesAsync(number, cancellationToken);
        var preselected = Cases.FirstOrDefault(c => $"{c.Kind}:{c.Reference}" == PreselectedCase || c.Reference == PreselectedCase) ?? (Cases.Count == 1 ? Cases[0] : null);
        Input = preselected is null ? new OpenCustomer() : new OpenCustomer { Reason = preselected.Kind, Case = preselected.Reference };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Parse() is not { } number)
        {
            return NotFound();
        }

        var parts = (Choice ?? string.Empty).Split(':', 2);
        Input.Reason = Enum.TryParse<Domain.CustomerService.StaffAccessReason>(parts[0], out var reason) && Enum.IsDefined(reason) ? reason : null;
        Input.Case = parts.Length > 1 ? parts[1] : null;
        var result = await access.OpenAsync(number, Input, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        if (result.IsValid)
        {
            return Redirect($"/kundeservice/kunde/{number.Value}");
        }

        this.Refuse(result);
        Cases = await access.CasesAsync(number, cancellationToken);
        return Page();
    }

    private CustomerNumber? Parse() => Domain.Customers.CustomerNumber.Parse(CustomerNumberText).Value;
}
