using BKK.Portal.Domain.Common;

namespace BKK.Portal.Domain.Notifications;

/// <summary>
/// One message to one recipient on one channel, written in the same transaction as the event that causes it and
/// sent later by the dispatcher. The idempotency key names the event, the person and the channel, so the same event
/// never makes two messages (a unique index), and the key goes with every attempt to the SMS gateway (which
/// accepts a key once) and as the e-mail's Message-ID: a message sent again after a crash is the same message.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaximumKeyLength = 200;
    public const int MaximumErrorLength = 200;

    private OutboxMessage()
    {
        IdempotencyKey = string.Empty;
        Recipient = string.Empty;
        Body = string.Empty;
    }

    public OutboxMessage(
        string idempotencyKey, NotificationKind kind, NotificationChannel channel, int? personId, int? customerRelationshipId,
        string recipient, Language language, string? subject, string body, string? htmlBody, DateTime createdUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(body);
        if (idempotencyKey.Length > MaximumKeyLength)
        {
            throw new ArgumentException($"An idempotency key has at most {MaximumKeyLength} characters.", nameof(idempotencyKey));
        }

        if (channel == NotificationChannel.Email && string.IsNullOrWhiteSpace(subject))
        {
            throw new ArgumentException("An e-mail has a subject.", nameof(subject));
        }

        IdempotencyKey = idempotencyKey;
        Kind = kind;
        Channel = channel;
        PersonId = personId;
        CustomerRelationshipId = customerRelationshipId;
        Recipient = recipient;
        Language = language;
        Subject = subject;
        Body = body;
        HtmlBody = htmlBody;
        CreatedUtc = createdUtc;
        NextAttemptUtc = createdUtc;
        Status = OutboxStatus.Pending;
    }

    public long Id { get; private set; }

    public string IdempotencyKey { get; private set; }

    public NotificationKind Kind { get; private set; }

    public NotificationChannel Channel { get; private set; }

    /// <summary>The person it is for (their contact data gave the recipient); null only when the person has gone.</summary>
    public int? PersonId { get; private set; }

    public int? CustomerRelationshipId { get; private set; }

    /// <summary>A mobile number (+47…) or an e-mail address.</summary>
    public string Recipient { get; private set; }

    public Language Language { get; private set; }

    /// <summary>The e-mail's subject; null for an SMS.</summary>
    public string? Subject { get; private set; }

    /// <summary>The plain text: the SMS, or the e-mail's plain-text part.</summary>
    public string Body { get; private set; }

    /// <summary>The e-mail's HTML part; null for an SMS.</summary>
    public string? HtmlBody { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>Not before this time is it tried (again).</summary>
    public DateTime NextAttemptUtc { get; private set; }

    public DateTime? LastAttemptUtc { get; private set; }

    public DateTime? SentUtc { get; private set; }

    /// <summary>What the last failed attempt got (a status code, "timeout"); never personal data.</summary>
    public string? LastError { get; private set; }

    /// <summary>The gateway's own id of the SMS, or the SMTP server's answer.</summary>
    public string? ProviderReference { get; private set; }

    public void MarkSent(DateTime nowUtc, string? providerReference)
    {
        Attempts++;
        LastAttemptUtc = nowUtc;
        SentUtc = nowUtc;
        Status = OutboxStatus.Sent;
        LastError = null;
        ProviderReference = providerReference is { Length: > 200 } ? providerReference[..200] : providerReference;
    }

    /// <summary>
    /// An attempt that did not get the message accepted: try again after <paramref name="backOff"/> of this attempt,
    /// or, when it was the last attempt allowed (or the failure is one that no retry mends), give up.
    /// </summary>
    public void MarkAttemptFailed(DateTime nowUtc, string error, int maximumAttempts, Func<int, TimeSpan> backOff, bool permanent = false)
    {
        Attempts++;
        LastAttemptUtc = nowUtc;
        LastError = error.Length > MaximumErrorLength ? error[..MaximumErrorLength] : error;
        if (permanent || Attempts >= maximumAttempts)
        {
            Status = OutboxStatus.Failed;
            return;
        }

        NextAttemptUtc = nowUtc + backOff(Attempts);
    }

    /// <summary>Customer service sends a failed message once more (after fixing the number, or the gateway).</summary>
    public void Retry(DateTime nowUtc)
    {
        if (Status != OutboxStatus.Failed)
        {
            throw new InvalidOperationException("Only a failed message is sent again.");
        }

        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptUtc = nowUtc;
    }
}
