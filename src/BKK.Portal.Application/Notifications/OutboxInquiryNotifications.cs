using BKK.Portal.Application.CustomerService;
using BKK.Portal.Domain.Inquiries;
using BKK.Portal.Domain.Notifications;

namespace BKK.Portal.Application.Notifications;

/// <summary>
/// "Inquiry answered": when customer service answers or asks for more, the people of the inquiry's relationship who
/// chose this kind get a message, written to the outbox before the save that records the answer (the same
/// transaction). The message names the inquiry's number and links to it; the answer itself is read in Mine sider.
/// </summary>
public sealed class OutboxInquiryNotifications(NotificationRecipients recipients, MessageComposer composer) : IInquiryNotifications
{
    public async Task AnsweredAsync(Inquiry inquiry, CancellationToken cancellationToken)
    {
        if (inquiry.CustomerRelationshipId is not { } relationshipId)
        {
            return; // a visitor's inquiry not yet attached to a relationship: nobody to tell through the portal
        }

        var kind = NotificationKind.InquiryAnswered;
        var to = await recipients.OfAsync(relationshipId, kind, cancellationToken);
        var asked = inquiry.Status == InquiryStatus.WaitingForCustomer;
        var link = composer.Link($"/henvendelser/{inquiry.Id}");

        // The step's place in the case log makes the key: each answer is told once, a second answer again.
        var eventKey = $"inquiry:{inquiry.Id}:{inquiry.Messages.Count}";
        var messages = composer.Compose(to, kind, eventKey, r => new MessageText(
            NotificationTexts.Get(r.Language, "InquiryAnswered.Subject"),
            NotificationTexts.Format(r.Language, asked ? "InquiryMore.Text" : "InquiryAnswered.Text", inquiry.Id, link)));
        await composer.AddNewAsync(messages, cancellationToken);
    }
}
