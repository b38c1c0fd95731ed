using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Application.Inquiries;

/// <summary>A new inquiry as typed in the form.</summary>
public sealed class SendInquiry
{
    private string? _text;

    public InquiryTopic? Topic { get; set; }

    /// <summary>Line breaks as one character each, as the browser counts them (a form posts CRLF).</summary>
    public string? Text { get => _text; set => _text = value?.ReplaceLineEndings("\n"); }
}
