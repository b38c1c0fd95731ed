using BKK.Portal.Application.Notifications;

namespace BKK.Portal.Web.Pages.Notifications;

/// <summary>
/// The link in every message that turns its kind off, without login. The GET only asks (a mail program that opens
/// links to check them changes nothing); the POST, with the form's antiforgery token, turns the kind off for the one
/// person and relationship the signed token names. A forged, altered or expired token turns off nothing.
/// </summary>
[AllowAnonymous]
public sealed class StopModel(IUnsubscribeLinks links, NotificationChoices choices) : PageModel
{
    [FromRoute(Name = "token")]
    public string Token { get; set; } = string.Empty;

    public UnsubscribeRequest? Asked { get; private set; }

    public UnsubscribeOutcome? Outcome { get; private set; }

    public IActionResult OnGet()
    {
        Asked = links.Read(Token);
        if (Asked is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Asked = links.Read(Token);
        if (Asked is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Outcome = await choices.UnsubscribeAsync(Asked, cancellationToken);
        return Page();
    }
}
