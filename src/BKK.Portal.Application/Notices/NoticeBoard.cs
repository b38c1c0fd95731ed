using BKK.Portal.Domain.Notices;

namespace BKK.Portal.Application.Notices;

/// <summary>A notice as the public page shows it: the area by postal codes and grid stations, metering points only counted.</summary>
public sealed record PublicNotice(
    int Id, NoticeKind Kind, NoticeStatus Status, DateTime StartUtc, DateTime? ExpectedEndUtc, string Text,
    IReadOnlyList<string> PostalCodes, IReadOnlyList<string> GridStations, int MeteringPoints, bool Started);

/// <summary>An open notice that covers one of a person's metering points.</summary>
public sealed record NoticeForPoint(int NoticeId, NoticeKind Kind, NoticeStatus Status, DateTime StartUtc, DateTime? ExpectedEndUtc, string Text, int CustomerRelationshipId, string MeteringPointId, string Street);

/// <summary>
/// The open driftsmeldinger: all of them for the public page, and those that cover a person's metering points for
/// their banner and overview. A person sees only notices over their own points; the public page names no point.
/// </summary>
public sealed class NoticeBoard(IPortalDbContext db, TimeProvider clock)
{
    private IQueryable<OperationalNotice> Open =>
        db.OperationalNotices.Where(n => n.Status != NoticeStatus.Solved && n.Status != NoticeStatus.Done);

    public async Task<IReadOnlyList<PublicNotice>> OpenAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var language = Languages.Current;
        var notices = await Open.Include(n => n.Areas).AsNoTracking().OrderBy(n => n.StartUtc).ToListAsync(cancellationToken);
        return notices.Select(n => new PublicNotice(
            n.Id, n.Kind, n.Status, n.StartUtc, n.ExpectedEndUtc, n.Text(language),
            n.Areas.Where(a => a.Type == NoticeAreaType.PostalCode).Select(a => a.Value).Order(StringComparer.Ordinal).ToList(),
            n.Areas.Where(a => a.Type == NoticeAreaType.GridStation).Select(a => a.Value).Order(StringComparer.Ordinal).ToList(),
            n.Areas.Count(a => a.Type == NoticeAreaType.MeteringPoint),
            n.StartUtc <= now || n.Status is NoticeStatus.Started or NoticeStatus.BeingRepaired or NoticeStatus.Reported)).ToList();
    }

    /// <summary>The open notices over the metering points of every relationship the person has a grant to (the banner).</summary>
    public Task<IReadOnlyList<NoticeForPoint>> ForPersonAsync(string subject, CancellationToken cancellationToken) =>
        MatchAsync(
            from grant in db.AccessGrants
            where grant.Person.Subject == subject
            join point in db.MeteringPoints on grant.CustomerRelationshipId equals point.CustomerRelationshipId
            select point,
            cancellationToken);

    /// <summary>The open notices over the metering points of one relationship (the overview's state of each point).</summary>
    public Task<IReadOnlyList<NoticeForPoint>> ForRelationshipAsync(Access.AuthorizedRelationship relationship, CancellationToken cancellationToken) =>
        MatchAsync(db.MeteringPoints.Where(p => p.CustomerRelationshipId == relationship.RelationshipId), cancellationToken);

    private async Task<IReadOnlyList<NoticeForPoint>> MatchAsync(IQueryable<MeteringPoint> ofPoints, CancellationToken cancellationToken)
    {
        if (!await Open.AnyAsync(cancellationToken))
        {
            return []; // the usual case: one cheap query per page
        }

        var points = await ofPoints
            .Select(p => new { p.CustomerRelationshipId, p.MeteringPointId, p.Address.Street, p.Address.PostalCode, p.GridStation })
            .ToListAsync(cancellationToken);
        var notices = await Open.Include(n => n.Areas).AsNoTracking().OrderBy(n => n.StartUtc).ToListAsync(cancellationToken);
        var language = Languages.Current;
        return (
            from notice in notices
            from point in points
            where NoticeAreas.Covers(notice.Areas, point.MeteringPointId, point.PostalCode, point.GridStation)
            select new NoticeForPoint(notice.Id, notice.Kind, notice.Status, notice.StartUtc, notice.ExpectedEndUtc, notice.Text(language),
                point.CustomerRelationshipId, point.MeteringPointId.Value, point.Street)).ToList();
    }
}
