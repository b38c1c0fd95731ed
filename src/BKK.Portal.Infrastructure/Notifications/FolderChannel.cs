using BKK.Portal.Application.Notifications;
using BKK.Portal.Domain.Notifications;
using MimeKit;

namespace BKK.Portal.Infrastructure.Notifications;

/// <summary>
/// Development without an SMTP server or an SMS gateway: each message is written to a file named by its idempotency
/// key (an e-mail as a .eml file a mail program opens, an SMS as text), so writing it again after a crash leaves one
/// file. Nothing leaves the machine, and the portal says so at start.
/// </summary>
public sealed class FolderChannel(NotificationChannel channel, string folder) : IMessageChannel
{
    public NotificationChannel Channel => channel;

    public int? PerSecond => null;

    public string Description => $"folder {folder}";

    public string Folder => folder;

    public async Task<IReadOnlyList<DeliveryResult>> SendAsync(IReadOnlyList<OutboxMessage> messages, SendPacer pacer, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var results = new List<DeliveryResult>(messages.Count);
        foreach (var message in messages)
        {
            var name = message.IdempotencyKey.Replace(':', '_');
            try
            {
                if (channel == NotificationChannel.Email)
                {
                    var path = Path.Combine(folder, name + ".eml");
                    using var mime = SmtpEmailChannel.ToMime(message, new MailboxAddress("BKK Nett", "varsel@localhost"));
                    await mime.WriteToAsync(path, cancellationToken);
                    results.Add(DeliveryResult.Sent(path));
                }
                else
                {
                    var path = Path.Combine(folder, name + ".sms.txt");
                    await File.WriteAllTextAsync(path, $"To: {message.Recipient}\n\n{message.Body}\n", cancellationToken);
                    results.Add(DeliveryResult.Sent(path));
                }
            }
            catch (IOException e)
            {
                results.Add(DeliveryResult.TryAgain($"folder {e.GetType().Name}"));
            }
        }

        return results;
    }
}
