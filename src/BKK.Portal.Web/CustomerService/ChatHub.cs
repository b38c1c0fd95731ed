using BKK.Portal.Application.CustomerService;
using BKK.Portal.Web.Authentication;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Web.CustomerService;

/// <summary>
/// The live chat (ASP.NET Core SignalR). Every call checks who calls: a customer reaches only the chat whose key
/// they joined with (and, logged in, only their own); a member of customer service writes only in a chat they took.
/// Messages are limited in length and rate, stored before they are sent, sent as text (the pages set textContent),
/// and never logged. With <c>Redis:ConnectionString</c> set, groups span the instances (the Redis backplane).
/// </summary>
[AllowAnonymous]
public sealed class ChatHub(ChatService chats, ChatRateLimiter limiter, IOptions<StaffOptions> staffOptions, IStringLocalizer<CustomerServiceRuleTexts> texts) : Hub
{
    public const string Path = "/hub/chat";

    public const string StaffGroup = "staff";

    private const string CustomerChatItem = "customer-chat";

    private const string CustomerKeyItem = "customer-key";

    public static string ChatGroup(long chatId) => $"chat-{chatId}";

    private string? Subject => Context.User?.Subject();

    // ---- The customer's side ----

    /// <summary>Joins the chat with this key (the page's, or the cookie's after a reload), if it is the caller's and has not ended.</summary>
    public async Task<ChatState> JoinAsCustomer(string key)
    {
        if (StaffRoles.IsCustomerService(Context.User!, staffOptions.Value))
        {
            throw new HubException(texts["Error.ChatNotYours"]); // staff answer chats; they do not start them
        }

        var state = await chats.JoinAsCustomerAsync(key, Subject, Context.ConnectionAborted) ?? throw new HubException(texts["Error.ChatNotYours"]);
        Context.Items[CustomerChatItem] = state.Id;
        Context.Items[CustomerKeyItem] = key;
        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroup(state.Id));
        await Clients.Group(StaffGroup).SendAsync("QueueChanged");
        await Clients.OthersInGroup(ChatGroup(state.Id)).SendAsync("CustomerBack", state.Id);
        return state;
    }

    public async Task SendAsCustomer(string text)
    {
        var key = Context.Items[CustomerKeyItem] as string ?? throw new HubException(texts["Error.ChatNotYours"]);
        Limit();
        var written = await chats.WriteAsCustomerAsync(key, Subject, text, Context.ConnectionAborted);
        await Send(written);
    }

    /// <summary>The customer ends the chat (or leaves it as an inquiry when nobody is free): the transcript goes to the inquiry log.</summary>
    public async Task<int?> EndAsCustomer()
    {
        var key = Context.Items[CustomerKeyItem] as string ?? throw new HubException(texts["Error.ChatNotYours"]);
        var chatId = await chats.CustomerChatIdAsync(key, Subject, Context.ConnectionAborted) ?? throw new HubException(texts["Error.ChatNotYours"]);
        Context.Items.Remove(CustomerChatItem);
        Context.Items.Remove(CustomerKeyItem);
        return await End(chatId);
    }

    // ---- Customer service's side ----

    /// <summary>Staff watch the waiting chats (told of changes by "QueueChanged") and get the chats they have taken.</summary>
    public async Task<object> WatchQueue()
    {
        var staff = Staff();
        await Groups.AddToGroupAsync(Context.ConnectionId, StaffGroup);
        var mine = await chats.MineAsync(staff, Context.ConnectionAborted);
        foreach (var state in mine)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroup(state.Id));
        }

        return new { Waiting = await chats.WaitingAsync(staff, Context.ConnectionAborted), Mine = mine };
    }

    public async Task<ChatState> Take(long chatId)
    {
        var staff = Staff();
        var (state, error) = await chats.TakeAsync(staff, chatId, Context.ConnectionAborted);
        if (state is null)
        {
            throw new HubException(error);
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, ChatGroup(chatId));
        await Clients.OthersInGroup(ChatGroup(chatId)).SendAsync("Taken", chatId, staff.Name);
        await Clients.Group(StaffGroup).SendAsync("QueueChanged");
        return state;
    }

    public async Task SendAsStaff(long chatId, string text)
    {
        var staff = Staff();
        Limit();
        await Send(await chats.WriteAsStaffAsync(staff, chatId, text, Context.ConnectionAborted));
    }

    public async Task<int?> EndAsStaff(long chatId)
    {
        var staff = Staff();
        if (!await chats.IsTakenByAsync(staff, chatId, Context.ConnectionAborted))
        {
            throw new HubException(texts["Error.ChatNotYours"]);
        }

        return await End(chatId);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        limiter.Forget(Context.ConnectionId);
        if (Context.Items[CustomerChatItem] is long chatId)
        {
            // Not the connection's token: it is cancelled already.
            if (await chats.CustomerLeftAsync(chatId, CancellationToken.None))
            {
                await Clients.Group(ChatGroup(chatId)).SendAsync("Ended", chatId);
                await Clients.Group(StaffGroup).SendAsync("QueueChanged");
            }
            else
            {
                await Clients.Group(ChatGroup(chatId)).SendAsync("CustomerAway", chatId);
            }
        }

        await base.OnDisconnectedAsync(exception);
    }

    private async Task<int?> End(long chatId)
    {
        var inquiryId = await chats.EndAsync(chatId, CancellationToken.None);
        await Clients.Group(ChatGroup(chatId)).SendAsync("Ended", chatId);
        await Clients.Group(StaffGroup).SendAsync("QueueChanged");
        return inquiryId;
    }

    private async Task Send(ChatWrite written)
    {
        if (written.Line is null)
        {
            throw new HubException(written.Error);
        }

        await Clients.Group(ChatGroup(written.ChatId)).SendAsync("Message", written.ChatId, written.Line);
    }

    private StaffMember Staff() =>
        StaffRoles.Member(Context.User!, staffOptions.Value) is { IsCustomerService: true } staff ? staff : throw new HubException(texts["Error.ChatNotYours"]);

    private void Limit()
    {
        if (!limiter.TryTake(Context.ConnectionId))
        {
            throw new HubException(texts["Error.ChatTooFast"]);
        }
    }
}
