namespace BKK.Portal.Application.Inquiries;

/// <summary>A message added to an open inquiry.</summary>
public sealed class AddInquiryMessage
{
    private string? _text;

    /// <summary>Line breaks as one character each, as the browser counts them (a form posts CRLF).</summary>
    public string? Text { get => _text; set => _text = value?.ReplaceLineEndings("\n"); }
}
