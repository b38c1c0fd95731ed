using BKK.Portal.Application.Notifications;

namespace BKK.Portal.Web.Pages.Notifications;

/// <summary>Varsler: the logged-in person's choice of messages for the chosen relationship, by SMS and by e-mail.</summary>
public sealed class IndexModel(CurrentRelationship current, NotificationChoices choices) : PageModel
{
    [BindProperty]
    public ChooseNotifications Input { get; set; } = new();

    [FromQuery(Name = "lagret")]
    public string? SavedFlag { get; set; }

    public bool Saved => SavedFlag == "varsler";

    public NotificationChoiceView? View { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await choices.GetAsync(await current.GetAsync(cancellationToken), cancellationToken);
        Input = new ChooseNotifications
        {
            Sms = View.Kinds.Where(k => (View.Sms & k) != 0).ToList(),
            Email = View.Kinds.Where(k => (View.Email & k) != 0).ToList(),
            Language = Languages.Tag(View.Language),
            CapacityMarginKw = ChooseNotifications.Text(View.CapacityMarginKw),
            DailyLimitKwh = ChooseNotifications.Text(View.DailyLimitKwh),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var relationship = await current.GetAsync(cancellationToken);
        var result = await choices.SaveAsync(relationship, Input, cancellationToken);
        if (result.IsValid)
        {
            return Redirect("/varsler?lagret=varsler");
        }

        this.Refuse(result);
        View = await choices.GetAsync(relationship, cancellationToken);
        return Page();
    }
}
