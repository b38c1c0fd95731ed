using System.Security.Cryptography;
using BKK.Portal.Application.Access;
using BKK.Portal.Domain.CustomerService;
using BKK.Portal.Domain.Inquiries;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.CustomerService;

/// <summary>A message as both sides see it: who wrote it and when; the text as written (shown as text, never as markup).</summary>
public sealed record ChatLine(long Id, bool FromCustomer, string Name, string Text, DateTime AtUtc);

/// <summary>A chat as one side sees it when it joins (or joins again after a reload).</summary>
public sealed record ChatState(long Id, ChatStatus Status, InquiryTopic Topic, string TopicName, string CustomerName, string? CustomerNumber, string? StaffName, DateTime StartedUtc, IReadOnlyList<ChatLine> Lines);

/// <summary>A chat waiting for customer service: its number, topic, the customer's name and since when it waits.</summary>
public sealed record WaitingChat(long Id, InquiryTopic Topic, string TopicName, string CustomerName, bool LoggedIn, DateTime StartedUtc);

/// <summary>What came of writing in a chat: the line, or the message that says why not.</summary>
public sealed record ChatWrite(long ChatId, ChatLine? Line, string? Error);

/// <summary>
/// The live chat's use cases, for the chat page and the hub. The hub passes who calls (a customer's subject, or the
/// staff member), and every method checks that the caller is the chat's customer or the staff member who took it.
/// A chat's end turns its transcript into an inquiry in the same transaction that deletes the chat.
/// </summary>
public sealed class ChatService(
    IPortalDbContext db, ICurrentUser user, CurrentRelationship current, TimeProvider clock, IValidator<StartChat> validator,
    IValidator<LeaveMessage> leaveValidator, IStringLocalizer<CustomerServiceRuleTexts> texts, IOptions<ChatOptions> options)
{
    /// <summary>The name the customer sees for customer service when a staff member's is unknown.</summary>
    public const string UnitName = "Kundeservice";

    public bool IsOpenNow => options.Value.IsOpenAt(clock.GetUtcNow());

    /// <summary>Starts a chat for the person on the page: a logged-in customer under their name and chosen relationship, or a visitor under the name given.</summary>
    public async Task<(ValidationResult Result, string? Key)> StartAsync(StartChat command, bool keepAcrossReload, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(command, cancellationToken);
        if (!result.IsValid)
        {
            return (result, null);
        }

        // The transcript goes to the chosen relationship's inquiries, where the customer may read them (not a limited grant's).
        var (name, relationshipId) = await CustomerAsync(command.Name, cancellationToken);

        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        db.Chats.Add(new Chat(key, command.Topic!.Value, name, user.Subject, relationshipId, keepAcrossReload, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return (result, key);
    }

    /// <summary>A message left while the chat is closed: an inquiry of the chosen relationship, or (a visitor's) one without a relationship that staff attach.</summary>
    public async Task<(ValidationResult Result, int? InquiryId)> LeaveMessageAsync(LeaveMessage command, CancellationToken cancellationToken)
    {
        var result = await leaveValidator.ValidateAsync(command, cancellationToken);
        if (!result.IsValid)
        {
            return (result, null);
        }

        var (name, relationshipId) = await CustomerAsync(command.Name, cancellationToken);
        var now = clock.GetUtcNow();
        var inquiry = Inquiry.FromChat(relationshipId, command.Topic!.Value, name, now);
        inquiry.AddChatLine(InquiryAuthor.Customer, name, command.Text!, now.UtcDateTime, user.Subject);
        db.Inquiries.Add(inquiry);
        await db.SaveChangesAsync(cancellationToken);
        return (result, inquiry.Id);
    }

    /// <summary>The person on the page: a logged-in customer's name and chosen relationship (where they may read inquiries), or a visitor's name.</summary>
    private async Task<(string Name, int? RelationshipId)> CustomerAsync(string? visitorName, CancellationToken cancellationToken)
    {
        if (user.Subject is not { } subject)
        {
            return (visitorName!.Trim(), null);
        }

        var name = await db.People.Where(p => p.Subject == subject).Select(p => p.Name).SingleAsync(cancellationToken);
        return (name, await current.TryGetAsync(cancellationToken) is { CoversAccountData: true } relationship ? relationship.RelationshipId : null);
    }

    /// <summary>The customer's chat by its key, if it is theirs and has not ended; they are back (a reload, a reconnect).</summary>
    public async Task<ChatState?> JoinAsCustomerAsync(string? key, string? subject, CancellationToken cancellationToken)
    {
        var chat = await CustomerChatAsync(key, subject, cancellationToken);
        if (chat is null)
        {
            return null;
        }

        chat.CustomerBack();
        await db.SaveChangesAsync(cancellationToken);
        return await StateAsync(chat, cancellationToken);
    }

    /// <summary>Whether the key is of a chat of this person that has not ended (the chat page goes on with it).</summary>
    public async Task<bool> IsOpenChatAsync(string? key, string? subject, CancellationToken cancellationToken) =>
        await CustomerChatAsync(key, subject, cancellationToken) is not null;

    public async Task<ChatWrite> WriteAsCustomerAsync(string? key, string? subject, string? text, CancellationToken cancellationToken)
    {
        var chat = await CustomerChatAsync(key, subject, cancellationToken);
        return chat is null ? new ChatWrite(0, null, texts["Error.ChatNotYours"]) : await WriteAsync(chat, InquiryAuthor.Customer, text, cancellationToken);
    }

    /// <summary>The customer's chat (for ending it), or null when the key is not theirs.</summary>
    public async Task<long?> CustomerChatIdAsync(string? key, string? subject, CancellationToken cancellationToken) =>
        (await CustomerChatAsync(key, subject, cancellationToken))?.Id;

    /// <summary>The customer's connection is gone: a chat kept only in the page ends now; one kept by the cookie waits for a reload.</summary>
    /// <returns>True when the chat ended now.</returns>
    public async Task<bool> CustomerLeftAsync(long chatId, CancellationToken cancellationToken)
    {
        var chat = await db.Chats.SingleOrDefaultAsync(c => c.Id == chatId && c.Status != ChatStatus.Ended, cancellationToken);
        if (chat is null)
        {
            return false;
        }

        if (!chat.KeepAcrossReload)
        {
            return await EndAsync(chatId, cancellationToken) is not null;
        }

        chat.CustomerLeft(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return false;
    }

    /// <summary>The chats nobody has taken yet, the longest waiting first.</summary>
    public async Task<IReadOnlyList<WaitingChat>> WaitingAsync(StaffMember staff, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var rows = await db.Chats.AsNoTracking().Where(c => c.Status == ChatStatus.Waiting).OrderBy(c => c.StartedUtc)
            .Select(c => new { c.Id, c.Topic, c.CustomerName, LoggedIn = c.CustomerSubject != null, c.StartedUtc })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new WaitingChat(c.Id, c.Topic, DisplayNames.Of(c.Topic), c.CustomerName, c.LoggedIn, c.StartedUtc)).ToList();
    }

    /// <summary>The staff member takes a waiting chat; of two at once, one gets it.</summary>
    public async Task<(ChatState? State, string? Error)> TakeAsync(StaffMember staff, long chatId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var taken = await db.Chats.Where(c => c.Id == chatId && c.Status == ChatStatus.Waiting).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.Status, ChatStatus.Active).SetProperty(c => c.StaffSubject, staff.Subject).SetProperty(c => c.StaffName, staff.Name)
                .SetProperty(c => c.TakenUtc, now).SetProperty(c => c.LastActivityUtc, now),
            cancellationToken);
        if (taken == 0)
        {
            return (null, texts["Error.ChatTaken"]);
        }

        var chat = await db.Chats.AsNoTracking().SingleAsync(c => c.Id == chatId, cancellationToken);
        return (await StateAsync(chat, cancellationToken), null);
    }

    /// <summary>The chats this staff member has taken and not ended, as they join them again (after a reload, a reconnect).</summary>
    public async Task<IReadOnlyList<ChatState>> MineAsync(StaffMember staff, CancellationToken cancellationToken)
    {
        var chats = await db.Chats.AsNoTracking().Where(c => c.Status == ChatStatus.Active && c.StaffSubject == staff.Subject).OrderBy(c => c.TakenUtc).ToListAsync(cancellationToken);
        var states = new List<ChatState>(chats.Count);
        foreach (var chat in chats)
        {
            states.Add(await StateAsync(chat, cancellationToken));
        }

        return states;
    }

    public async Task<ChatWrite> WriteAsStaffAsync(StaffMember staff, long chatId, string? text, CancellationToken cancellationToken)
    {
        var chat = await db.Chats.SingleOrDefaultAsync(c => c.Id == chatId && c.Status == ChatStatus.Active && c.StaffSubject == staff.Subject, cancellationToken);
        return chat is null ? new ChatWrite(chatId, null, texts["Error.ChatNotYours"]) : await WriteAsync(chat, InquiryAuthor.CustomerService, text, cancellationToken);
    }

    /// <summary>Whether this staff member has taken the chat and it has not ended (they may end it).</summary>
    public Task<bool> IsTakenByAsync(StaffMember staff, long chatId, CancellationToken cancellationToken) =>
        db.Chats.AnyAsync(c => c.Id == chatId && c.Status == ChatStatus.Active && c.StaffSubject == staff.Subject, cancellationToken);

    /// <summary>
    /// Ends the chat: in one transaction, claims it (of two ends at once, one does the work), saves its transcript as an
    /// inquiry, and deletes the chat with its messages.
    /// </summary>
    /// <returns>The inquiry's id (0 when nothing was written), or null when it had ended already.</returns>
    public async Task<int?> EndAsync(long chatId, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var claimed = await db.Chats.Where(c => c.Id == chatId && c.Status != ChatStatus.Ended)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ChatStatus.Ended).SetProperty(c => c.LastActivityUtc, now.UtcDateTime), cancellationToken);
            if (claimed == 0)
            {
                return (int?)null;
            }

            var chat = await db.Chats.AsNoTracking().Include(c => c.Messages).SingleAsync(c => c.Id == chatId, cancellationToken);
            var inquiry = chat.ToInquiry(UnitName, now);
            if (inquiry is not null)
            {
                db.Inquiries.Add(inquiry);
                await db.SaveChangesAsync(cancellationToken);
            }

            await db.Chats.Where(c => c.Id == chatId).ExecuteDeleteAsync(cancellationToken); // messages cascade
            await transaction.CommitAsync(cancellationToken);
            if (inquiry is null)
            {
                return 0;
            }

            db.Entry(inquiry).State = EntityState.Detached;
            return inquiry.Id;
        });
    }

    /// <summary>
    /// The chats to end without anyone pressing the button: a customer away longer than the chat cookie lives (a reload
    /// after that finds no chat), or nothing happening for <see cref="ChatOptions.IdleEnd"/>.
    /// </summary>
    public async Task<IReadOnlyList<long>> AbandonedAsync(TimeSpan awayLimit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var away = now - awayLimit;
        var idle = now - options.Value.IdleEnd;
        return await db.Chats.AsNoTracking()
            .Where(c => c.Status != ChatStatus.Ended && ((c.CustomerAwaySinceUtc != null && c.CustomerAwaySinceUtc < away) || c.LastActivityUtc < idle))
            .Select(c => c.Id).ToListAsync(cancellationToken);
    }

    private async Task<Chat?> CustomerChatAsync(string? key, string? subject, CancellationToken cancellationToken)
    {
        if (!Chat.IsWellFormedKey(key))
        {
            return null;
        }

        var chat = await db.Chats.SingleOrDefaultAsync(c => c.Key == key && c.Status != ChatStatus.Ended, cancellationToken);
        return chat is not null && chat.BelongsTo(subject) ? chat : null;
    }

    private async Task<ChatWrite> WriteAsync(Chat chat, InquiryAuthor author, string? text, CancellationToken cancellationToken)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return new ChatWrite(chat.Id, null, texts["Error.ChatMessageEmpty"]);
        }

        if (trimmed.Length > Chat.MaxMessageLength)
        {
            return new ChatWrite(chat.Id, null, texts["Error.ChatMessageTooLong", Chat.MaxMessageLength]);
        }

        if (chat.MessageCount >= Chat.MaxMessages)
        {
            return new ChatWrite(chat.Id, null, texts["Error.ChatFull"]);
        }

        var message = chat.Write(author, trimmed, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new ChatWrite(chat.Id, Line(chat, message), null);
    }

    private async Task<ChatState> StateAsync(Chat chat, CancellationToken cancellationToken)
    {
        var messages = await db.ChatMessages.AsNoTracking().Where(m => m.ChatId == chat.Id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var number = chat.CustomerRelationshipId is { } rid
            ? await db.CustomerRelationships.Where(r => r.Id == rid).Select(r => r.CustomerNumber.Value).SingleOrDefaultAsync(cancellationToken)
            : null;
        return new ChatState(chat.Id, chat.Status, chat.Topic, DisplayNames.Of(chat.Topic), chat.CustomerName, number, chat.StaffName, chat.StartedUtc, messages.Select(m => Line(chat, m)).ToList());
    }

    private static ChatLine Line(Chat chat, ChatMessage m) =>
        new(m.Id, m.Author == InquiryAuthor.Customer, m.Author == InquiryAuthor.Customer ? chat.CustomerName : chat.StaffName ?? UnitName, m.Text, m.AtUtc);
}
