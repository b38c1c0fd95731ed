using BKK.Portal.Application.CustomerService;
using BKK.Portal.Web.Authentication;
using BKK.Portal.Web.Consent;

namespace BKK.Portal.Web.Pages.Chat;

/// <summary>
/// Chat med kundeservice, for a logged-in customer or a visitor with a name and a topic. The chat itself runs over the
/// hub (js/chat.js). With functional consent the catalogue's chat cookie holds the chat's key (only that) so a reload
/// within its lifetime goes on with the chat; without it, the key lives in the page only and a reload ends the chat.
/// Outside opening hours the page offers to leave the message as an inquiry instead.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(ChatService chats, PrivacyCatalogue catalogue, ICurrentUser user) : PageModel
{
    public const string CookieName = BkkPrivacyCatalogue.ChatCookieName;

    /// <summary>The start form (topic, a visitor's name), and outside opening hours the message left instead (with its text).</summary>
    [BindProperty]
    public LeaveMessage Input { get; set; } = new();

    /// <summary>The inquiry a message left outside opening hours became.</summary>
    public int? LeftAsInquiry { get; private set; }

    /// <summary>The key of the chat this page runs (written into the page for the script).</summary>
    public string? ChatKey { get; private set; }

    public bool IsOpen => chats.IsOpenNow;

    public bool LoggedIn => user.Subject is not null;

    /// <summary>Whether the chat survives a reload (functional cookies allowed).</summary>
    public bool KeepsAcrossReload => HttpContext.Consent().Allows(CookieCategory.Functional);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (user.Staff is not null)
        {
            return Redirect("/kundeservice/chat"); // staff answer chats on their side
        }

        var key = Request.Cookies[CookieName];
        if (KeepsAcrossReload && await chats.IsOpenChatAsync(key, User.Subject(), cancellationToken))
        {
            ChatKey = key;
            HttpContext.AppendCataloguedCookie(catalogue, CookieName, key!); // another 3 minutes from this load
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (user.Staff is not null)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        if (!IsOpen)
        {
            Response.StatusCode = StatusCodes.Status409Conflict; // closed since the page was loaded: the page now says so
            return Page();
        }

        var (result, key) = await chats.StartAsync(Input, KeepsAcrossReload, cancellationToken);
        if (!result.IsValid)
        {
            this.Refuse(result);
            return Page();
        }

        if (KeepsAcrossReload)
        {
            HttpContext.AppendCataloguedCookie(catalogue, CookieName, key!);
            return Redirect("/chat");
        }

        ChatKey = key; // kept in this page only: a reload starts afresh
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>Outside opening hours: the message is left as an inquiry instead.</summary>
    public async Task<IActionResult> OnPostLeaveAsync(CancellationToken cancellationToken)
    {
        if (user.Staff is not null)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var (result, inquiryId) = await chats.LeaveMessageAsync(Input, cancellationToken);
        if (!result.IsValid)
        {
            this.Refuse(result);
            return Page();
        }

        LeftAsInquiry = inquiryId;
        return Page();
    }
}
