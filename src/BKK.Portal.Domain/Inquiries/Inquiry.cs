namespace BKK.Portal.Domain.Inquiries;

/// <summary>
/// A customer's inquiry (henvendelse) and its case log: every message and step, with date and who
/// wrote it. The customer may add to it until it is closed; customer service answers it.
/// </summary>
public sealed class Inquiry
{
    public const int MaxTextLength = 4000;

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

    public int Id { get; private set; }

    public int CustomerRelationshipId { get; private set; }

    public InquiryTopic Topic { get; private set; }

    public InquiryStatus Status { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public IReadOnlyList<InquiryMessage> Messages => _messages;

    public bool IsOpen => Status != InquiryStatus.Closed;

    /// <summary>The customer writes more; an answered inquiry is open for customer service again.</summary>
    public void AddCustomerMessage(string text, string authorName, DateTimeOffset at, string? authorSubject = null)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("A closed inquiry takes no more messages.");
        }

        Add(InquiryAuthor.Customer, authorName, text, at, authorSubject);
        if (Status == InquiryStatus.Answered)
        {
            Status = InquiryStatus.Received;
        }
    }

    /// <summary>Customer service takes the case.</summary>
    public void StartWork(string handlerName, DateTimeOffset at)
    {
        Status = InquiryStatus.InProgress;
        _messages.Add(new InquiryMessage(InquiryAuthor.CustomerService, handlerName, "Saken er tatt til behandling.", at.UtcDateTime));
    }

    public void Answer(string text, string handlerName, DateTimeOffset at)
    {
        Add(InquiryAuthor.CustomerService, handlerName, text, at);
        Status = InquiryStatus.Answered;
    }

    public void Close(string handlerName, DateTimeOffset at)
    {
        _messages.Add(new InquiryMessage(InquiryAuthor.CustomerService, handlerName, "Saken er avsluttet.", at.UtcDateTime));
        Status = InquiryStatus.Closed;
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
