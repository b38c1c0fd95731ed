namespace BKK.Portal.Domain.Inquiries;

public sealed class InquiryMessage
{
    /// <summary>What stands in a message's author once the person who wrote it is removed (see the retention job).</summary>
    public const string AnonymisedAuthor = "Anonymisert";

    private InquiryMessage()
    {
        AuthorName = string.Empty;
        Text = string.Empty;
    }

    public InquiryMessage(InquiryAuthor author, string authorName, string text, DateTime atUtc)
    {
        Author = author;
        AuthorName = authorName;
        Text = text;
        AtUtc = atUtc;
    }

    public int Id { get; private set; }

    public int InquiryId { get; private set; }

    public InquiryAuthor Author { get; private set; }

    public string AuthorName { get; private set; }

    /// <summary>The subject of the customer (or holder of a fullmakt) who wrote it; null for customer service and once anonymised.</summary>
    public string? AuthorSubject { get; internal init; }

    public string Text { get; private set; }

    public DateTime AtUtc { get; private set; }
}
