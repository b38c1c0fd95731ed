using System.Linq.Expressions;

namespace BKK.Portal.Domain.Access;

/// <summary>
/// A login kept on the server (docs/decisions/0018-login-sessions-on-the-server.md): the cookie holds only a
/// random reference, whose SHA-256 is the key here, so a copy of the database cannot be replayed as a cookie.
/// Logout deletes the row; an idle timeout and the absolute lifetime end it; the retention job removes
/// what has ended.
/// </summary>
public sealed class LoginSession
{
    private LoginSession()
    {
        KeyHash = string.Empty;
        Subject = string.Empty;
        Ticket = [];
    }

    public LoginSession(string keyHash, string subject, byte[] ticket, DateTime createdUtc, DateTime expiresUtc)
    {
        KeyHash = keyHash;
        Subject = subject;
        Ticket = ticket;
        CreatedUtc = createdUtc;
        LastSeenUtc = createdUtc;
        ExpiresUtc = expiresUtc;
    }

    /// <summary>SHA-256 (hex) of the reference in the cookie.</summary>
    public string KeyHash { get; private set; }

    /// <summary>The OpenID Connect subject, so the sessions of a person can be ended and removed with them.</summary>
    public string Subject { get; private set; }

    /// <summary>The authentication ticket, encrypted with the portal's Data Protection keys.</summary>
    public byte[] Ticket { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime LastSeenUtc { get; private set; }

    /// <summary>The absolute end: login plus the cookie catalogue's 24 hours.</summary>
    public DateTime ExpiresUtc { get; private set; }

    /// <summary>Whether the session is still valid at <paramref name="nowUtc"/> with the given idle timeout (the negation of <see cref="EndedAt"/>).</summary>
    public bool IsValidAt(DateTime nowUtc, TimeSpan idleTimeout) => nowUtc < ExpiresUtc && nowUtc - LastSeenUtc < idleTimeout;

    /// <summary>The sessions that have ended at <paramref name="nowUtc"/>, as a query the database runs (the retention job deletes them).</summary>
    public static Expression<Func<LoginSession, bool>> EndedAt(DateTime nowUtc, TimeSpan idleTimeout)
    {
        var idleBefore = nowUtc - idleTimeout;
        return s => s.ExpiresUtc <= nowUtc || s.LastSeenUtc <= idleBefore;
    }
}
