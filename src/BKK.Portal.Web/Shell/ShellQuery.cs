using Microsoft.Extensions.Localization;

namespace BKK.Portal.Web.Shell;

/// <summary>What the layout's header shows: the person's name and the relationship switcher, or for customer service the staff menu.</summary>
public sealed record ShellModel(
    string PersonName, IReadOnlyList<GrantedRelationship> Relationships, string? CurrentCustomerNumber, Application.CustomerService.StaffMember? Staff = null,
    IReadOnlyList<Application.Notices.NoticeForPoint>? Notices = null);

public sealed class ShellQuery(ICurrentUser user, RelationshipAccessService access, Application.Notices.NoticeBoard notices, IStringLocalizer<SharedTexts> texts)
{
    public async Task<ShellModel?> GetAsync(CancellationToken cancellationToken)
    {
        if (user.Subject is not { } subject)
        {
            return null;
        }

        if (user.Staff is { } staff)
        {
            return new ShellModel(staff.Name, [], null, staff); // customer service has no relationships of its own
        }

        var name = await access.NameAsync(subject, cancellationToken) ?? texts["UnknownPerson"].Value; // one query with the grants below
        var relationships = await access.ListGrantedAsync(subject, cancellationToken);
        var selected = user.SelectedCustomerNumber;
        var current = relationships.FirstOrDefault(r => r.CustomerNumber == selected) ?? (relationships.Count > 0 ? relationships[0] : null);
        // The banner: open driftsmeldinger over the person's own metering points, and no one else's.
        return new ShellModel(name, relationships, current?.CustomerNumber.Value, Notices: await notices.ForPersonAsync(subject, cancellationToken));
    }
}
