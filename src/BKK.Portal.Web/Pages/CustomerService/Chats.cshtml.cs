namespace BKK.Portal.Web.Pages.CustomerService;

/// <summary>Live chats for customer service: the waiting ones with their waiting time, and the ones taken, over the hub (js/chat-staff.js).</summary>
public sealed class ChatsModel : PageModel
{
    public void OnGet()
    {
    }
}
