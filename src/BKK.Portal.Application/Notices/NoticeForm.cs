using BKK.Portal.Domain.Notices;

namespace BKK.Portal.Application.Notices;

/// <summary>
/// A driftsmelding as staff write it: kind and status, start and expected end (Oslo time, as the form's
/// datetime-local fields give them), the text in three languages, and the area as typed (metering point IDs one per
/// line; postal codes and grid stations separated by commas, spaces or lines). The area is given when a notice is
/// made; an update changes the rest.
/// </summary>
public sealed class NoticeForm
{
    public NoticeKind Kind { get; set; } = NoticeKind.Outage;

    public NoticeStatus? Status { get; set; }

    public DateTime? Start { get; set; }

    public DateTime? ExpectedEnd { get; set; }

    public string? TextBokmal { get; set; }

    public string? TextNynorsk { get; set; }

    public string? TextEnglish { get; set; }

    public string? MeteringPoints { get; set; }

    public string? PostalCodes { get; set; }

    public string? GridStations { get; set; }

    /// <summary>The parts of a list field: split on commas, semicolons and white space, without doubles.</summary>
    public static IReadOnlyList<string> Parts(string? text) =>
        (text ?? string.Empty).Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The area as the notice stores it (call after validation: every metering point ID is valid).</summary>
    public IEnumerable<NoticeArea> Areas() =>
        Parts(MeteringPoints).Select(p => new NoticeArea(NoticeAreaType.MeteringPoint, MeteringPointId.Parse(p).Value!.Value))
            .Concat(Parts(PostalCodes).Select(p => new NoticeArea(NoticeAreaType.PostalCode, p)))
            .Concat(Parts(GridStations).Select(p => new NoticeArea(NoticeAreaType.GridStation, p.ToUpperInvariant())));

    public static NoticeForm From(OperationalNotice notice) => new()
    {
        Kind = notice.Kind,
        Status = notice.Status,
        Start = OsloTime.ToLocal(notice.StartUtc),
        ExpectedEnd = notice.ExpectedEndUtc is { } end ? OsloTime.ToLocal(end) : null,
        TextBokmal = notice.TextBokmal,
        TextNynorsk = notice.TextNynorsk,
        TextEnglish = notice.TextEnglish,
        MeteringPoints = string.Join('\n', notice.Areas.Where(a => a.Type == NoticeAreaType.MeteringPoint).Select(a => a.Value)),
        PostalCodes = string.Join(", ", notice.Areas.Where(a => a.Type == NoticeAreaType.PostalCode).Select(a => a.Value)),
        GridStations = string.Join(", ", notice.Areas.Where(a => a.Type == NoticeAreaType.GridStation).Select(a => a.Value)),
    };
}
