using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Application.CustomerService;

/// <summary>The chat form: a topic, and a name from a visitor who is not logged in.</summary>
public class StartChat
{
    public InquiryTopic? Topic { get; set; }

    public string? Name { get; set; }
}
