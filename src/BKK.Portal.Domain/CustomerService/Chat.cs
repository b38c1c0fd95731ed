using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Domain.CustomerService;

/// <summary>
/// A live chat between a customer (logged in, or not with a name) and one member of customer service. Its key is a
/// random 128-bit value known only to the customer's browser: it is all the chat cookie holds, and for a visitor who
/// is not logged in it is what proves the chat is theirs. Staff know the chat by its number (<see cref="Id"/>). When the chat ends, its transcript becomes an inquiry (<see cref="ToInquiry"/>) and the chat
/// itself is deleted.
/// </summary>
public sealed class Chat
{
    public const int MaxMessageLength = 1000;

    public const int MaxNameLength = 100;

    /// <summary>After this long without anyone taking the chat, the customer is offered to leave it as an inquiry.</summary>
    public static readonly TimeSpan NobodyFreeAfter = TimeSpan.FromMinutes(2);

    /// <summary>The most messages a chat keeps; a longer conversation is an inquiry or a phone call.</summary>
    public const int MaxMessages = 500;

    private readonly List<ChatMessage> _messages = [];

    private Chat()
    {
        Key = string.Empty;
        CustomerName = string.Empty;
    }

    public Chat(string key, InquiryTopic topic, string customerName, string? customerSubject, int? customerRelationshipId, bool keepAcrossReload, DateTimeOffset at)
    {
        if (!IsWellFormedKey(key))
        {
            throw new ArgumentException("A chat key is 32 lower-case hex digits.", nameof(key));
        }

        if (customerRelationshipId is not null && customerSubject is null)
        {
            throw new ArgumentException("Only a logged-in customer's chat belongs to a relationship.", nameof(customerRelationshipId));
        }

        var name = customerName?.Trim() ?? string.Empty;
        if (name.Length == 0 || name.Length > MaxNameLength)
        {
            throw new ArgumentException($"A name is 1 to {MaxNameLength} characters.", nameof(customerName));
        }

        Key = key;
        Topic = topic;
        CustomerName = name;
        CustomerSubject = customerSubject;
        CustomerRelationshipId = customerRelationshipId;
        KeepAcrossReload = keepAcrossReload;
        Status = ChatStatus.Waiting;
        StartedUtc = at.UtcDateTime;
        LastActivityUtc = at.UtcDateTime;
    }

    public long Id { get; private set; }

    /// <summary>The customer's secret: 32 lower-case hex digits (128 random bits).</summary>
    public string Key { get; private set; }

    /// <summary>How many messages it holds (kept here, so a message is written without reading the others).</summary>
    public int MessageCount { get; private set; }

    public InquiryTopic Topic { get; private set; }

    public string CustomerName { get; private set; }

    /// <summary>The logged-in customer's subject; null for a visitor who is not logged in.</summary>
    public string? CustomerSubject { get; private set; }

    /// <summary>The relationship the logged-in customer had chosen (checked against their grants at the start).</summary>
    public int? CustomerRelationshipId { get; private set; }

    /// <summary>The customer allowed functional cookies: a reload within the cookie's lifetime goes on with the chat.</summary>
    public bool KeepAcrossReload { get; private set; }

    public ChatStatus Status { get; private set; }

    public string? StaffSubject { get; private set; }

    public string? StaffName { get; private set; }

    public DateTime StartedUtc { get; private set; }

    public DateTime? TakenUtc { get; private set; }

    public DateTime LastActivityUtc { get; private set; }

    /// <summary>Since when the customer has had no connection to the chat (a reload, a closed tab); null while they are there.</summary>
    public DateTime? CustomerAwaySinceUtc { get; private set; }

    public IReadOnlyList<ChatMessage> Messages => _messages;

    public static bool IsWellFormedKey(string? key) => key is { Length: 32 } && key.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>Whether this logged-in person, or (for a visitor's chat) whoever holds the id, is the chat's customer.</summary>
    public bool BelongsTo(string? subject) => CustomerSubject is null || CustomerSubject == subject;

    public bool IsTakenBy(string staffSubject) => Status == ChatStatus.Active && StaffSubject == staffSubject;

    public void Take(string staffSubject, string staffName, DateTimeOffset at)
    {
        if (Status != ChatStatus.Waiting)
        {
            throw new InvalidOperationException("Only a waiting chat is taken.");
        }

        StaffSubject = staffSubject;
        StaffName = staffName;
        Status = ChatStatus.Active;
        TakenUtc = at.UtcDateTime;
        LastActivityUtc = at.UtcDateTime;
    }

    public ChatMessage Write(InquiryAuthor author, string text, DateTimeOffset at)
    {
        if (Status == ChatStatus.Ended)
        {
            throw new InvalidOperationException("The chat has ended.");
        }

        if (author == InquiryAuthor.CustomerService && Status != ChatStatus.Active)
        {
            throw new InvalidOperationException("Customer service writes in a chat it has taken.");
        }

        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > MaxMessageLength)
        {
            throw new ArgumentException($"A message is 1 to {MaxMessageLength} characters.", nameof(text));
        }

        if (MessageCount >= MaxMessages)
        {
            throw new InvalidOperationException("The chat holds no more messages.");
        }

        var message = new ChatMessage(Id, author, trimmed, at.UtcDateTime);
        _messages.Add(message);
        MessageCount++;
        LastActivityUtc = at.UtcDateTime;
        return message;
    }

    public void CustomerLeft(DateTimeOffset at) => CustomerAwaySinceUtc ??= at.UtcDateTime;

    public void CustomerBack() => CustomerAwaySinceUtc = null;

    /// <summary>Waiting this long with nobody taking it: the customer is offered to leave it as an inquiry.</summary>
    public bool NobodyFreeAt(DateTimeOffset at) => Status == ChatStatus.Waiting && at.UtcDateTime - StartedUtc >= NobodyFreeAfter;

    public void End(DateTimeOffset at)
    {
        Status = ChatStatus.Ended;
        LastActivityUtc = at.UtcDateTime;
    }

    /// <summary>
    /// The transcript as an inquiry of the customer's relationship (or, for a visitor, one without a relationship that
    /// staff attach after checking who it is): the customer's messages under their name, the staff's under theirs.
    /// A chat someone in customer service took is closed as handled (the customer may reopen it); one nobody took is
    /// new in the queue. Null for a chat in which nothing was written.
    /// </summary>
    public Inquiry? ToInquiry(string staffUnitName, DateTimeOffset at)
    {
        if (_messages.Count == 0)
        {
            return null;
        }

        var ordered = _messages.OrderBy(m => m.AtUtc).ThenBy(m => m.Id).ToList();
        var first = ordered.FirstOrDefault(m => m.Author == InquiryAuthor.Customer);
        var start = new DateTimeOffset(first?.AtUtc ?? StartedUtc, TimeSpan.Zero);
        var inquiry = Inquiry.FromChat(CustomerRelationshipId, Topic, CustomerName, start);
        foreach (var m in ordered)
        {
            inquiry.AddChatLine(m.Author, m.Author == InquiryAuthor.Customer ? CustomerName : StaffName ?? staffUnitName, m.Text, m.AtUtc, m.Author == InquiryAuthor.Customer ? CustomerSubject : null);
        }

        if (StaffSubject is not null)
        {
            inquiry.StartWork(StaffName ?? staffUnitName, new DateTimeOffset(TakenUtc ?? StartedUtc, TimeSpan.Zero), StaffSubject, logged: false);
            inquiry.Close(StaffName ?? staffUnitName, at);
        }

        return inquiry;
    }
}
