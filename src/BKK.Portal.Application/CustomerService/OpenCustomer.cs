using BKK.Portal.Domain.CustomerService;

namespace BKK.Portal.Application.CustomerService;

/// <summary>Why customer service opens a customer, as chosen in the form: a case they handle, or a reason written out.</summary>
public sealed class OpenCustomer
{
    private string? _text;

    public StaffAccessReason? Reason { get; set; }

    /// <summary>The inquiry number (or chat id) of a case reason.</summary>
    public string? Case { get; set; }

    public string? Text { get => _text; set => _text = value?.ReplaceLineEndings("\n"); }
}
