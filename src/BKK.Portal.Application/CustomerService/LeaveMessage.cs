namespace BKK.Portal.Application.CustomerService;

/// <summary>A message left on the chat page while nobody is there (outside opening hours): it becomes an inquiry.</summary>
public sealed class LeaveMessage : StartChat
{
    private string? _text;

    public string? Text { get => _text; set => _text = value?.ReplaceLineEndings("\n"); }
}
