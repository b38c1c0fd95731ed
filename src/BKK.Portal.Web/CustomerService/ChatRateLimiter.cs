using System.Collections.Concurrent;
using BKK.Portal.Application.CustomerService;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Web.CustomerService;

/// <summary>
/// At most <see cref="ChatOptions.MessagesPerWindow"/> messages per <see cref="ChatOptions.RateWindow"/> from one
/// connection (a connection lives on one instance, so the count needs nothing shared).
/// </summary>
public sealed class ChatRateLimiter(TimeProvider clock, IOptions<ChatOptions> options)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _sent = new();

    public bool TryTake(string connectionId)
    {
        var now = clock.GetUtcNow();
        var window = options.Value.RateWindow;
        var queue = _sent.GetOrAdd(connectionId, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() >= window)
            {
                queue.Dequeue();
            }

            if (queue.Count >= options.Value.MessagesPerWindow)
            {
                return false;
            }

            queue.Enqueue(now);
            return true;
        }
    }

    public void Forget(string connectionId) => _sent.TryRemove(connectionId, out _);
}
