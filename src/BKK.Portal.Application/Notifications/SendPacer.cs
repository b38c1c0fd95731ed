namespace BKK.Portal.Application.Notifications;

/// <summary>
/// Keeps a channel under its limit of messages a second by spacing the sends evenly: one start every
/// 1.05 / <c>perSecond</c> seconds, never a burst. Evenly spaced sends still arrive at the gateway a few
/// milliseconds closer or further apart; the 5 % margin keeps any one second the gateway counts under its limit.
/// A burst allowance would not: sends that start together and are delayed differently on the way arrive in the
/// gateway's next second with the ones after them. Thread-safe; one per channel and process.
/// </summary>
public sealed class SendPacer(int? perSecond, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeSpan _spacing = perSecond is > 0 ? TimeSpan.FromSeconds(1.05 / perSecond.Value) : TimeSpan.Zero;
    private long? _last;

    /// <summary>Waits until one more send may start, and counts it.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (_spacing == TimeSpan.Zero)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_last is { } last)
            {
                var wait = _spacing - clock.GetElapsedTime(last);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, cancellationToken);
                }
            }

            _last = clock.GetTimestamp();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
