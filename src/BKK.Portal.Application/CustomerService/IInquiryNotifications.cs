using BKK.Portal.Domain.Inquiries;

namespace BKK.Portal.Application.CustomerService;

/// <summary>
/// Told when customer service has answered an inquiry or asked the customer for more, before the save that records
/// it: a notifier that writes a message to an outbox in the same database context makes the message part of that
/// save (the notifications issue delivers it). Until then nothing is sent (<see cref="NoInquiryNotifications"/>).
/// </summary>
public interface IInquiryNotifications
{
    Task AnsweredAsync(Inquiry inquiry, CancellationToken cancellationToken);
}

/// <summary>No messages are sent yet: the customer sees the answer in Henvendelser.</summary>
public sealed class NoInquiryNotifications : IInquiryNotifications
{
    public Task AnsweredAsync(Inquiry inquiry, CancellationToken cancellationToken) => Task.CompletedTask;
}
