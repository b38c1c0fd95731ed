namespace BKK.Portal.Application.Notifications;

/// <summary>
/// Keeps a channel under its limit of messages a second, with a margin for the network's jitter (requests that start
/// evenly reach the gateway a few milliseconds closer or further apart): 5 % of the limit, at least 3 messages.
/// <list type="bullet">
/// <item>each send gets a slot, evenly spaced at the rate within the margin; slots follow each other whatever the
/// timer's lateness (so the rate holds), and at most <see cref="CatchUp"/> slot missed while the dispatcher recorded a
/// round is made up;</item>
/// <item>and no more than the limit less the margin start within any one second (the start times of the last sends), so a
/// made-up slot never adds to a full second.</item>
/// </list>
/// Thread-safe; one per channel and process.
/// </summary>
public sealed class SendPacer : IDisposable
{
    /// <summary>Slots in the past a send may still take.</summary>
    public const int CatchUp = 1;

    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly long _spacingTicks;
    private readonly int _inAnySecond;
    private readonly Queue<long> _starts = new();
    private long? _next;

    public SendPacer(int? perSecond, TimeProvider clock)
    {
        _clock = clock;
        if (perSecond is > 0)
        {
            // 95 % of the limit, and at least 3 below it (a small limit has little room for jitter otherwise).
            _inAnySecond = Math.Max(1, Math.Min((int)(perSecond.Value * 0.95), perSecond.Value - 3));
            _spacingTicks = (long)(clock.TimestampFrequency / (double)_inAnySecond);
        }
    }

    /// <summary>Waits for this send's slot.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (_spacingTicks == 0)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = _clock.GetTimestamp();
            var slot = Math.Max(_next ?? now, now - (CatchUp * _spacingTicks));
            if (_starts.Count >= _inAnySecond)
            {
                slot = Math.Max(slot, _starts.Peek() + _clock.TimestampFrequency); // a second after the oldest of the last sends
            }

            _next = slot + _spacingTicks;
            if (slot > now)
            {
                await Task.Delay(TimeSpan.FromSeconds((slot - now) / (double)_clock.TimestampFrequency), _clock, cancellationToken);
            }

            _starts.Enqueue(Math.Max(slot, _clock.GetTimestamp()));
            while (_starts.Count > _inAnySecond)
            {
                _starts.Dequeue();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
