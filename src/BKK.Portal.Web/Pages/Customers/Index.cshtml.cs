using BKK.Portal.Application.Customers;

namespace BKK.Portal.Web.Pages.Customers;

/// <summary>Kundeforhold: the relationship, its holder (identity number masked) and the contact data form.</summary>
public sealed class IndexModel(CurrentRelationship current, ContactDetailsService service, TimeProvider clock) : PageModel
{
    /// <summary>Today in Oslo: an end date before it has passed, one after it is to come.</summary>
    public DateOnly Today => OsloTime.Today(clock);

    [BindProperty]
    public ChangeContactData Input { get; set; } = new();

    [FromQuery(Name = "lagret")]
    public string? SavedFlag { get; set; }

    public bool Saved => SavedFlag == "kontakt";

    public RelationshipDetails? Details { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Details = await service.GetAsync(await current.GetAsync(cancellationToken), cancellationToken);
        if (Details.Contact is { } contact)
        {
            Input = ChangeContactData.From(contact);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        var result = await service.ChangeAsync(relationship, Input, cancellationToken);
        if (result.IsValid)
        {
            return Redirect("/kundeforhold?lagret=kontakt");
        }

        this.Refuse(result);
        Details = await service.GetAsync(relationship, cancellationToken);
        return Page();
    }
}
