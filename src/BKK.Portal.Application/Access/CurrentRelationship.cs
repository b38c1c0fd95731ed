namespace BKK.Portal.Application.Access;

/// <summary>
/// The relationship this request shows, checked against the person's grants once per request.
/// </summary>
public sealed class CurrentRelationship(ICurrentUser user, RelationshipAccessService access)
{
    private AuthorizedRelationship? _resolved;

    /// <summary>The chosen relationship, or the person's first one when none is chosen yet.</summary>
    public async Task<AuthorizedRelationship> GetAsync(CancellationToken cancellationToken) =>
        await TryGetAsync(cancellationToken) ?? throw new RelationshipAccessDeniedException();

    /// <summary>As <see cref="GetAsync"/>, but null for a person who holds no grant at all.</summary>
    public async Task<AuthorizedRelationship?> TryGetAsync(CancellationToken cancellationToken)
    {
        if (_resolved is not null)
        {
            return _resolved;
        }

        var subject = user.Subject ?? throw new RelationshipAccessDeniedException();
        if (user.SelectedCustomerNumber is { } chosen && await access.TryAuthorizeAsync(subject, chosen, cancellationToken) is { } authorized)
        {
            return _resolved = authorized;
        }

        // Nothing chosen yet, or the chosen relationship's grant was revoked since: the person's
        // first relationship (an id asked for in the query string or route never gets here: the
        // selection filter answers 403 for it).
        var granted = await access.ListGrantedAsync(subject, cancellationToken);
        if (granted.Count == 0)
        {
            return null;
        }

        _resolved = await access.AuthorizeAsync(subject, granted[0].CustomerNumber, cancellationToken);
        return _resolved;
    }
}
