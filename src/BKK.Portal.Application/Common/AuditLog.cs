using BKK.Portal.Application.Access;
using BKK.Portal.Domain.Audit;

namespace BKK.Portal.Application.Common;

/// <summary>
/// Writes audit entries into the same unit of work as the change they describe, so a change is
/// never saved without its entry (or the other way round).
/// </summary>
public sealed class AuditLog(IPortalDbContext db, ICurrentUser user, TimeProvider clock)
{
    /// <summary>An entry about a relationship that customer service changed from the staff side (the actor is the staff member).</summary>
    public void AddByStaff(int customerRelationshipId, AuditAction action, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry(
            clock.GetUtcNow(), user.Staff?.Subject ?? throw new RelationshipAccessDeniedException(), customerRelationshipId, action, null, detail));

    public void Add(AuthorizedRelationship relationship, AuditAction action, string? field = null, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry(
            clock.GetUtcNow(), user.Subject ?? throw new RelationshipAccessDeniedException(), relationship.RelationshipId, action, field, detail));
}
