namespace BKK.Portal.Application.CustomerService;

/// <summary>What customer service writes to the customer: an answer, or a question for more.</summary>
public sealed class AnswerInquiry
{
    private string? _text;

    public string? Text { get => _text; set => _text = value?.ReplaceLineEndings("\n"); }
}
