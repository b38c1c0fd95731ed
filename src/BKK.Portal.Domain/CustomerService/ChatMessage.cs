using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Domain.CustomerService;

/// <summary>One message of a live chat, stored as written (it is encoded where it is shown) and never logged.</summary>
public sealed class ChatMessage
{
    private ChatMessage()
    {
        Text = string.Empty;
    }

    internal ChatMessage(long chatId, InquiryAuthor author, string text, DateTime atUtc)
    {
        ChatId = chatId;
        Author = author;
        Text = text;
        AtUtc = atUtc;
    }

    public long Id { get; private set; }

    public long ChatId { get; private set; }

    public InquiryAuthor Author { get; private set; }

    public string Text { get; private set; }

    public DateTime AtUtc { get; private set; }
}
