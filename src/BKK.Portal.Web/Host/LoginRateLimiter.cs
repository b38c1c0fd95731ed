using System.Threading.RateLimiting;

namespace BKK.Portal.Web.Host;

/// <summary>Logins started per address and minute; refused ones get the Norwegian 429 page instead of a trip to the identity provider.</summary>
public sealed class LoginRateLimiter(int perMinute) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimiting.FixedWindow(address, perMinute, TimeSpan.FromMinutes(1)));

    public bool TryStart(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "ukjent");
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
