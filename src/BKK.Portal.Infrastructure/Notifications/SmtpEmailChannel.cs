using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Notifications;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BKK.Portal.Infrastructure.Notifications;

/// <summary>
/// E-mail through an SMTP server with MailKit: one connection per round, a message at a time. The Message-ID is
/// made from the idempotency key, so a message sent again after a crash is the same message to the mail systems
/// that receive it. A 5xx answer to a message (no such mailbox) is not tried again; everything else is.
/// </summary>
public sealed class SmtpEmailChannel(IOptions<SmtpOptions> options) : IMessageChannel
{
    private readonly SmtpOptions _options = options.Value;

    public NotificationChannel Channel => NotificationChannel.Email;

    public int? PerSecond => _options.PerSecond;

    public string Description => $"SMTP {_options.Host}:{_options.Port}";

    public async Task<IReadOnlyList<DeliveryResult>> SendAsync(IReadOnlyList<OutboxMessage> messages, SendPacer pacer, CancellationToken cancellationToken)
    {
        var results = new List<DeliveryResult>(messages.Count);
        using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        var from = MailboxAddress.Parse(_options.From);
        foreach (var message in messages)
        {
            try
            {
                if (!client.IsConnected)
                {
                    try
                    {
                        await ConnectAsync(client, cancellationToken);
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        // The server is away: none of the round is tried now, all of it later.
                        results.AddRange(messages.Skip(results.Count).Select(_ => DeliveryResult.TryAgain($"smtp unreachable ({e.GetType().Name})")));
                        return results;
                    }
                }

                await pacer.WaitAsync(cancellationToken);
                using var mime = ToMime(message, from);
                var answer = await client.SendAsync(mime, cancellationToken);
                results.Add(DeliveryResult.Sent(answer));
            }
            catch (SmtpCommandException e) when ((int)e.StatusCode >= 500 && e.ErrorCode == SmtpErrorCode.RecipientNotAccepted)
            {
                results.Add(DeliveryResult.GiveUp($"smtp {(int)e.StatusCode} recipient not accepted"));
            }
            catch (SmtpCommandException e)
            {
                results.Add(DeliveryResult.TryAgain($"smtp {(int)e.StatusCode}"));
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                results.Add(DeliveryResult.TryAgain($"smtp {e.GetType().Name}"));
                await DisconnectQuietlyAsync(client);
            }
        }

        await DisconnectQuietlyAsync(client);
        return results;
    }

    /// <summary>The message's Message-ID: its idempotency key, at the sender's domain.</summary>
    public static string MessageId(OutboxMessage message, string fromAddress)
    {
        var domain = fromAddress[(fromAddress.LastIndexOf('@') + 1)..];
        return $"{message.IdempotencyKey.Replace(':', '.')}@{domain}";
    }

    /// <summary>The e-mail as it goes out: a plain-text and an HTML part, the Message-ID from the idempotency key.</summary>
    public static MimeMessage ToMime(OutboxMessage message, MailboxAddress from)
    {
        var mime = new MimeMessage { Subject = message.Subject ?? string.Empty, MessageId = MessageId(message, from.Address) };
        mime.From.Add(from);
        mime.To.Add(MailboxAddress.Parse(message.Recipient));
        mime.Headers.Add("Auto-Submitted", "auto-generated"); // no out-of-office answers back
        var body = new BodyBuilder { TextBody = message.Body, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }

    private async Task ConnectAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        var security = Enum.Parse<SecureSocketOptions>(_options.Security, ignoreCase: true);
        await client.ConnectAsync(_options.Host!, _options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(_options.Username))
        {
            await client.AuthenticateAsync(_options.Username, _options.Password ?? string.Empty, cancellationToken);
        }
    }

    private static async Task DisconnectQuietlyAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is IOException or ProtocolException or System.Net.Sockets.SocketException or OperationCanceledException)
        {
            // the server went away; the next round connects anew
        }
    }
}
