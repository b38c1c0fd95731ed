namespace BKK.Portal.Domain.Inquiries;

/// <summary>
/// A customer's inquiry (henvendelse) and its case log: every message and step, with date and who
/// wrote it. The customer may add to it until it is closed; customer service answers it.
/// </summary>
public sealed class Inquiry
{
    public const int MaxTextLength = 4000;

    /// <summary>How long after it was closed the customer may open an inquiry again.</summary>
    public static readonly TimeSpan ReopenWithin = TimeSpan.FromDays(14);

    private readonly List<InquiryMessage> _messages = [];

    private Inquiry()
    {
    }

    /// <summary>A new inquiry; <paramref name="authorSubject"/> (the OpenID Connect subject of the writer) lets the retention job find the name when that person is removed.</summary>
    public Inquiry(int customerRelationshipId, InquiryTopic topic, string text, string authorName, DateTimeOffset at, string? authorSubject = null)
    {
        CustomerRelationshipId = customerRelationshipId;
        Topic = topic;
        Status = InquiryStatus.Received;
        CreatedUtc = at.UtcDateTime;
        Add(InquiryAuthor.Customer, authorName, text, at, authorSubject);
    }

    /// <summary>The transcript of a live chat, started empty: its lines follow with <see cref="AddChatLine"/>.</summary>
    public static Inquiry FromChat(int? customerRelationshipId, InquiryTopic topic, string customerName, DateTimeOffset at) =>
        new()
        {
            CustomerRelationshipId = customerRelationshipId,
            Topic = topic,
            Status = InquiryStatus.Received,
            CreatedUtc = at.UtcDateTime,
            FromChatWith = customerName,
        };

    public int Id { get; private set; }

    /// <summary>The name a chat's customer gave (a visitor who was not logged in: what staff check before attaching it); null for an inquiry sent from the form.</summary>
    public string? FromChatWith { get; private set; }

    /// <summary>A line of a chat transcript, with the time it was written in the chat.</summary>
    public void AddChatLine(InquiryAuthor author, string name, string text, DateTime atUtc, string? authorSubject) =>
        Add(author, name, text, new DateTimeOffset(atUtc, TimeSpan.Zero), authorSubject);

    /// <summary>The relationship; null for a chat by someone not logged in, until staff attach it after checking who it is.</summary>
    public int? CustomerRelationshipId { get; private set; }

    public InquiryTopic Topic { get; private set; }

    public InquiryStatus Status { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    /// <summary>The subject of the staff member who has taken it; null while it is new.</summary>
    public string? AssignedToSubject { get; private set; }

    /// <summary>The name of the staff member who has taken it, for the queue (customers see "Kundeservice").</summary>
    public string? AssignedToName { get; private set; }

    /// <summary>When it was closed; the customer may reopen it for <see cref="ReopenWithin"/> after.</summary>
    public DateTime? ClosedUtc { get; private set; }

    public IReadOnlyList<InquiryMessage> Messages => _messages;

    public bool IsOpen => Status != InquiryStatus.Closed;

    /// <summary>Whether <paramref name="staffSubject"/> has taken it and it is still open.</summary>
    public bool IsHandledBy(string staffSubject) => IsOpen && AssignedToSubject == staffSubject;

    /// <summary>The customer writes more: an inquiry that waited for them goes back to whoever has it, or to the queue.</summary>
    public void AddCustomerMessage(string text, string authorName, DateTimeOffset at, string? authorSubject = null)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("A closed inquiry takes no more messages.");
        }

        Add(InquiryAuthor.Customer, authorName, text, at, authorSubject);
        if (Status is InquiryStatus.Answered or InquiryStatus.WaitingForCustomer)
        {
            Status = AssignedToSubject is null ? InquiryStatus.Received : InquiryStatus.InProgress;
        }
    }

    /// <summary>Customer service takes the case (from the queue, or from a colleague).</summary>
    public void StartWork(string handlerName, DateTimeOffset at, string? handlerSubject = null, bool logged = true)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("A closed inquiry is not taken.");
        }

        AssignedToSubject = handlerSubject;
        AssignedToName = handlerName;
        Status = InquiryStatus.InProgress;
        if (logged)
        {
            _messages.Add(new InquiryMessage(InquiryAuthor.CustomerService, handlerName, "Saken er tatt til behandling.", at.UtcDateTime));
        }
    }

    public void Answer(string text, string handlerName, DateTimeOffset at)
    {
        EnsureOpen();
        Add(InquiryAuthor.CustomerService, handlerName, text, at);
        Status = InquiryStatus.Answered;
    }

    /// <summary>Customer service asks the customer for more; the inquiry waits for their answer.</summary>
    public void AskForMore(string text, string handlerName, DateTimeOffset at)
    {
        EnsureOpen();
        Add(InquiryAuthor.CustomerService, handlerName, text, at);
        Status = InquiryStatus.WaitingForCustomer;
    }

    public void Close(string handlerName, DateTimeOffset at)
    {
        EnsureOpen();
        _messages.Add(new InquiryMessage(InquiryAuthor.CustomerService, handlerName, "Saken er avsluttet.", at.UtcDateTime));
        Status = InquiryStatus.Closed;
        ClosedUtc = at.UtcDateTime;
    }

    /// <summary>Whether the customer may open it again at <paramref name="at"/>: closed, and at most <see cref="ReopenWithin"/> ago.</summary>
    public bool MayReopenAt(DateTimeOffset at) =>
        Status == InquiryStatus.Closed && ClosedUtc is { } closed && at.UtcDateTime - closed <= ReopenWithin && at.UtcDateTime >= closed;

    /// <summary>The customer opens a closed inquiry again (within <see cref="ReopenWithin"/>) with a message saying why.</summary>
    public void Reopen(string text, string authorName, DateTimeOffset at, string? authorSubject = null)
    {
        if (!MayReopenAt(at))
        {
            throw new InvalidOperationException($"An inquiry is reopened within {ReopenWithin.TotalDays} days of closing.");
        }

        Status = AssignedToSubject is null ? InquiryStatus.Received : InquiryStatus.InProgress;
        ClosedUtc = null;
        Add(InquiryAuthor.Customer, authorName, text, at, authorSubject);
    }

    /// <summary>Staff attach an inquiry made without login (a chat) to the relationship they have checked it belongs to.</summary>
    public void AttachTo(int customerRelationshipId)
    {
        if (CustomerRelationshipId is not null)
        {
            throw new InvalidOperationException("The inquiry already belongs to a relationship.");
        }

        CustomerRelationshipId = customerRelationshipId;
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("The inquiry is closed.");
        }
    }

    private void Add(InquiryAuthor author, string name, string text, DateTimeOffset at, string? authorSubject = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.Length > MaxTextLength)
        {
            throw new ArgumentException($"A message is at most {MaxTextLength} characters.", nameof(text));
        }

        _messages.Add(new InquiryMessage(author, name, text.Trim(), at.UtcDateTime) { AuthorSubject = authorSubject });
    }
}
