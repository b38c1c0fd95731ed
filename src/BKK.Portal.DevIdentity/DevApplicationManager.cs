using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;
using OpenIddict.EntityFrameworkCore.Models;

namespace BKK.Portal.DevIdentity;

/// <summary>
/// Accepts a registered loopback redirect URI on any port, as RFC 8252 asks for loopback
/// clients: the portal runs on a port chosen at start in development and in tests.
/// Other hosts must match exactly, as OpenIddict does by default.
/// </summary>
public sealed class DevApplicationManager(
    IOpenIddictApplicationCache<OpenIddictEntityFrameworkCoreApplication> cache,
    ILogger<OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictApplicationStore<OpenIddictEntityFrameworkCoreApplication> store)
    : OpenIddictApplicationManager<OpenIddictEntityFrameworkCoreApplication>(cache, logger, options, store)
{
    public override async ValueTask<bool> ValidateRedirectUriAsync(
        OpenIddictEntityFrameworkCoreApplication application, string uri, CancellationToken cancellationToken = default) =>
        await base.ValidateRedirectUriAsync(application, uri, cancellationToken)
        || (await GetRedirectUrisAsync(application, cancellationToken)).Any(r => IsLoopbackMatch(r, uri));

    public override async ValueTask<bool> ValidatePostLogoutRedirectUriAsync(
        OpenIddictEntityFrameworkCoreApplication application, string uri, CancellationToken cancellationToken = default) =>
        await base.ValidatePostLogoutRedirectUriAsync(application, uri, cancellationToken)
        || (await GetPostLogoutRedirectUrisAsync(application, cancellationToken)).Any(r => IsLoopbackMatch(r, uri));

    // An end-session request may carry no client_id: OpenIddict then looks the client up by the URI.
    public override async IAsyncEnumerable<OpenIddictEntityFrameworkCoreApplication> FindByPostLogoutRedirectUriAsync(
        string uri, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var found = false;
        await foreach (var application in base.FindByPostLogoutRedirectUriAsync(uri, cancellationToken))
        {
            found = true;
            yield return application;
        }

        if (found)
        {
            yield break;
        }

        await foreach (var application in ListAsync(count: null, offset: null, cancellationToken))
        {
            if ((await GetPostLogoutRedirectUrisAsync(application, cancellationToken)).Any(r => IsLoopbackMatch(r, uri)))
            {
                yield return application;
            }
        }
    }

    internal static bool IsLoopbackMatch(string registered, string requested) =>
        Uri.TryCreate(registered, UriKind.Absolute, out var r)
        && Uri.TryCreate(requested, UriKind.Absolute, out var q)
        && r.IsLoopback && q.IsLoopback
        && r.Scheme == q.Scheme
        && r.AbsolutePath == q.AbsolutePath
        && r.Query == q.Query;
}
