using System.Security.Cryptography;
using BKK.Portal.Domain.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BKK.Portal.Web.Authentication;

/// <summary>
/// Logins kept in the database every instance shares (ADR 0018): the login cookie carries a random
/// reference only. Logout deletes the row, so a copied cookie is worth nothing after it; a session not
/// used for <see cref="LoginSessionOptions.IdleTimeout"/> has ended; the 24 hours from login stay the limit.
/// </summary>
public sealed class DatabaseTicketStore(
    IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock, IOptions<LoginSessionOptions> options) : ITicketStore
{
    /// <summary>Last use is written at most this often: a page of many requests costs one write, not many.</summary>
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    private readonly IDataProtector _protector = protection.CreateProtector("BKK.Portal.LoginSession.v1");

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = ticket.Properties.ExpiresUtc?.UtcDateTime ?? now + PortalAuthentication.SessionLifetime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IPortalDbContext>();
        db.LoginSessions.Add(new LoginSession(Hash(key), ticket.Principal.Subject() ?? string.Empty, Protect(ticket), now, expires));
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        var subject = ticket.Principal.Subject() ?? string.Empty;
        var now = clock.GetUtcNow().UtcDateTime;
        var protectedTicket = Protect(ticket);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IPortalDbContext>();
        // Only the same person's ticket (a relationship switch): a session never changes hands.
        await db.LoginSessions.Where(s => s.KeyHash == hash && s.Subject == subject)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, protectedTicket).SetProperty(x => x.LastSeenUtc, now), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    /// <summary>
    /// With the database away the session cannot be read: the request is answered as an outage (503) by
    /// <see cref="ThrowSessionOutage"/> after authentication, and the error page, re-executed in the same
    /// request with this result cached, renders without the session.
    /// </summary>
    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        try
        {
            var ticket = await RetrieveAsync(key, cancellationToken);
            if (ticket is null)
            {
                httpContext.Items[EndedKey] = true;
            }

            return ticket;
        }
        catch (Exception e) when (Infrastructure.Persistence.DatabaseOutage.Is(e))
        {
            httpContext.Items[OutageKey] = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            return null;
        }
    }

    private const string OutageKey = "bkk.session-store-outage";

    private const string EndedKey = "bkk.session-ended";

    /// <summary>
    /// The request carried a login cookie whose session has ended (idle, logged out, expired): the next login
    /// must ask for the password, or the provider's own single sign-on would quietly undo the idle timeout.
    /// </summary>
    public static bool SessionEnded(HttpContext context) => context.Items[EndedKey] is true;

    /// <summary>After authentication: a session that could not be read for an outage fails the request (not the error page, not an anonymous endpoint).</summary>
    public static IApplicationBuilder ThrowSessionOutage(IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Anonymous endpoints (health checks, the privacy notice) go on without the session.
            if (context.Items[OutageKey] is System.Runtime.ExceptionServices.ExceptionDispatchInfo outage
                && context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is null
                && context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null)
            {
                outage.Throw();
            }

            return next(context);
        });

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IPortalDbContext>();
        var session = await db.LoginSessions.AsNoTracking().SingleOrDefaultAsync(s => s.KeyHash == hash, cancellationToken);
        if (session is null)
        {
            return null;
        }

        if (!session.IsValidAt(now, options.Value.IdleTimeout))
        {
            await db.LoginSessions.Where(s => s.KeyHash == hash).ExecuteDeleteAsync(cancellationToken);
            return null;
        }

        if (now - session.LastSeenUtc >= TouchEvery)
        {
            await db.LoginSessions.Where(s => s.KeyHash == hash).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenUtc, now), cancellationToken);
        }

        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(session.Ticket));
        }
        catch (CryptographicException)
        {
            return null; // written under a key that is gone: the person logs in again
        }
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IPortalDbContext>();
        await db.LoginSessions.Where(s => s.KeyHash == hash).ExecuteDeleteAsync(cancellationToken);
    }

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(key)));
}
