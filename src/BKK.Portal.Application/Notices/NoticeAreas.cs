using BKK.Portal.Domain.Notices;

namespace BKK.Portal.Application.Notices;

/// <summary>Which metering points a notice's area covers: by their ID, the postal code of their address, or their grid station.</summary>
public static class NoticeAreas
{
    /// <summary>The points among <paramref name="points"/> the area covers, as one database query.</summary>
    public static IQueryable<MeteringPoint> Covered(IQueryable<MeteringPoint> points, IReadOnlyCollection<NoticeArea> areas)
    {
        var ids = areas.Where(a => a.Type == NoticeAreaType.MeteringPoint).Select(a => MeteringPointId.Parse(a.Value).Value!).ToList();
        var postalCodes = areas.Where(a => a.Type == NoticeAreaType.PostalCode).Select(a => a.Value).ToList();
        var stations = areas.Where(a => a.Type == NoticeAreaType.GridStation).Select(a => a.Value).ToList();
        return points.Where(p => ids.Contains(p.MeteringPointId) || postalCodes.Contains(p.Address.PostalCode) || (p.GridStation != null && stations.Contains(p.GridStation)));
    }

    /// <summary>Whether the area covers this point (for the few points of one person).</summary>
    public static bool Covers(IEnumerable<NoticeArea> areas, MeteringPointId id, string postalCode, string? gridStation) =>
        areas.Any(a => a.Type switch
        {
            NoticeAreaType.MeteringPoint => a.Value == id.Value,
            NoticeAreaType.PostalCode => a.Value == postalCode,
            NoticeAreaType.GridStation => a.Value == gridStation,
            _ => false,
        });
}
