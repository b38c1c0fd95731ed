using System.Net;
using System.Text;
using BKK.Portal.Domain.Notifications;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Application.Notifications;

/// <summary>The text of one message in the recipient's language: the e-mail's subject and the plain text, without the frame.</summary>
public sealed record MessageText(string Subject, string Text);

/// <summary>
/// Makes the outbox messages of one event for its recipients: one per person and channel the kind goes on, in the
/// person's language, with the unsubscribe link of that person, relationship and kind. The idempotency key is the
/// event's key with the person and the channel, so an event written twice (a re-import) finds its messages there
/// already and adds none (<see cref="AddNewAsync"/>). The text holds what the message needs and no more: never an
/// identity number, never the person's name.
/// </summary>
public sealed class MessageComposer(IPortalDbContext db, IUnsubscribeLinks unsubscribe, TimeProvider clock, IOptions<NotificationOptions> options)
{
    /// <summary>A link into the portal, under its public address.</summary>
    public string Link(string path) => options.Value.Link(path);

    /// <param name="recipients">Who, where and in which language.</param>
    /// <param name="kind">What kind of message.</param>
    /// <param name="eventKey">The event's key: one message per event, person and channel, however often it is composed.</param>
    /// <param name="text">The text in the recipient's language.</param>
    /// <param name="securityNotice">A notice the person cannot turn off (a change of the payout account): no unsubscribe link, and it says why.</param>
    public List<OutboxMessage> Compose(IEnumerable<Recipient> recipients, NotificationKind kind, string eventKey, Func<Recipient, MessageText> text, bool securityNotice = false)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var messages = new List<OutboxMessage>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var recipient in recipients)
        {
            MessageText? content = null;
            foreach (var (channel, address) in recipient.ChannelsFor(kind))
            {
                var key = $"{eventKey}:p{recipient.PersonId}:{(channel == NotificationChannel.Sms ? "sms" : "email")}";
                if (!keys.Add(key))
                {
                    continue; // the same person through a second relationship the event touches: one message
                }

                content ??= text(recipient);
                var footer = securityNotice
                    ? NotificationTexts.Get(recipient.Language, "SecurityNotice")
                    : NotificationTexts.Format(recipient.Language, "Unsubscribe", unsubscribe.Create(new UnsubscribeRequest(recipient.PersonId, recipient.CustomerRelationshipId, kind)));
                var language = recipient.Language;
                messages.Add(channel == NotificationChannel.Sms
                    ? new OutboxMessage(key, kind, channel, recipient.PersonId, recipient.CustomerRelationshipId, address, language,
                        null, $"{content.Text}\n{footer}", null, now)
                    : new OutboxMessage(key, kind, channel, recipient.PersonId, recipient.CustomerRelationshipId, address, language,
                        content.Subject, PlainEmail(language, content.Text, footer), HtmlEmail(language, content, footer), now));
            }
        }

        return messages;
    }

    /// <summary>Adds the messages whose keys the outbox does not hold yet; the caller's save writes them with its event.</summary>
    /// <returns>How many were new.</returns>
    public async Task<int> AddNewAsync(List<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return 0;
        }

        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in messages.Select(m => m.IdempotencyKey).Chunk(500))
        {
            existing.UnionWith(await db.OutboxMessages.Where(m => chunk.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(cancellationToken));
        }

        var added = messages.Where(m => !existing.Contains(m.IdempotencyKey)).ToList();
        db.OutboxMessages.AddRange(added);
        return added.Count;
    }

    private static string PlainEmail(Language language, string text, string footer) =>
        $"{NotificationTexts.Get(language, "Greeting")}\n\n{text}\n\n{NotificationTexts.Get(language, "Signature")}\n\n{NotificationTexts.Get(language, "ServiceMessage")}\n{footer}\n";

    private static string HtmlEmail(Language language, MessageText content, string footer)
    {
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"{Languages.Tag(language)}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(content.Subject)}</title></head><body>");
        html.Append($"<p>{WebUtility.HtmlEncode(NotificationTexts.Get(language, "Greeting"))}</p>");
        html.Append($"<p>{Linked(content.Text)}</p>");
        html.Append($"<p>{WebUtility.HtmlEncode(NotificationTexts.Get(language, "Signature"))}</p>");
        html.Append($"<p><small>{WebUtility.HtmlEncode(NotificationTexts.Get(language, "ServiceMessage"))}<br>{Linked(footer)}</small></p>");
        html.Append("</body></html>");
        return html.ToString();
    }

    /// <summary>The text HTML-encoded, with its https and http links as anchors.</summary>
    private static string Linked(string text) =>
        string.Join(' ', text.Split(' ').Select(word =>
            word.StartsWith("https://", StringComparison.Ordinal) || word.StartsWith("http://", StringComparison.Ordinal)
                ? $"<a href=\"{WebUtility.HtmlEncode(word)}\">{WebUtility.HtmlEncode(word)}</a>"
                : WebUtility.HtmlEncode(word)));
}
