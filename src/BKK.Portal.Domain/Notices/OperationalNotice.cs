using BKK.Portal.Domain.Common;

namespace BKK.Portal.Domain.Notices;

/// <summary>
/// A driftsmelding: an outage or planned work, the area it affects, when it starts and is expected to end, where it
/// stands, and a short text in each of the three languages (the text goes into the SMS as well, so it is short).
/// An outage goes reported → being repaired → solved; planned work planned → started → done; a step may be skipped,
/// never taken back, and a closed notice (solved, done) does not change.
/// </summary>
public sealed class OperationalNotice
{
    public const int MaximumTextLength = 300;
    public const int MaximumAreaParts = 2000;

    private readonly List<NoticeArea> _areas = [];

    private OperationalNotice()
    {
        TextBokmal = TextNynorsk = TextEnglish = CreatedBy = Reference = string.Empty;
    }

    public OperationalNotice(
        NoticeKind kind, DateTime startUtc, DateTime? expectedEndUtc, string textBokmal, string textNynorsk, string textEnglish,
        IEnumerable<NoticeArea> areas, string createdBy, DateTime nowUtc)
    {
        Reference = Guid.NewGuid().ToString("N");
        Kind = kind;
        Status = kind == NoticeKind.Outage ? NoticeStatus.Reported : NoticeStatus.Planned;
        StartUtc = startUtc;
        TextBokmal = TextNynorsk = TextEnglish = string.Empty;
        SetTimesAndTexts(startUtc, expectedEndUtc, textBokmal, textNynorsk, textEnglish);
        _areas.AddRange(areas);
        if (_areas.Count == 0 || _areas.Count > MaximumAreaParts)
        {
            throw new ArgumentException($"A notice affects 1 to {MaximumAreaParts} areas.", nameof(areas));
        }

        CreatedBy = createdBy;
        CreatedUtc = UpdatedUtc = nowUtc;
    }

    public int Id { get; private set; }

    /// <summary>Made with the notice, so the keys of its messages are known before the save that writes them with it.</summary>
    public string Reference { get; private set; }

    public NoticeKind Kind { get; private set; }

    public NoticeStatus Status { get; private set; }

    public DateTime StartUtc { get; private set; }

    public DateTime? ExpectedEndUtc { get; private set; }

    /// <summary>When it was solved or done.</summary>
    public DateTime? ClosedUtc { get; private set; }

    public string TextBokmal { get; private set; }

    public string TextNynorsk { get; private set; }

    public string TextEnglish { get; private set; }

    /// <summary>The staff member who made it (their name, as in the access log).</summary>
    public string CreatedBy { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public DateTime UpdatedUtc { get; private set; }

    public IReadOnlyList<NoticeArea> Areas => _areas;

    public bool IsClosed => Status is NoticeStatus.Solved or NoticeStatus.Done;

    public string Text(Language language) => language switch
    {
        Language.Nynorsk => TextNynorsk,
        Language.English => TextEnglish,
        _ => TextBokmal,
    };

    /// <summary>The statuses of this notice's kind, in order.</summary>
    public static NoticeStatus[] StatusesOf(NoticeKind kind) => kind == NoticeKind.Outage
        ? [NoticeStatus.Reported, NoticeStatus.BeingRepaired, NoticeStatus.Solved]
        : [NoticeStatus.Planned, NoticeStatus.Started, NoticeStatus.Done];

    /// <summary>Whether the notice may go to this status now: one of its kind, not back, not after closing.</summary>
    public bool MayBecome(NoticeStatus status)
    {
        var order = StatusesOf(Kind);
        return !IsClosed && order.Contains(status) && Array.IndexOf(order, status) >= Array.IndexOf(order, Status);
    }

    /// <returns>Whether this update closed the notice (the moment the "it is over" messages go).</returns>
    public bool Update(NoticeStatus status, DateTime startUtc, DateTime? expectedEndUtc, string textBokmal, string textNynorsk, string textEnglish, DateTime nowUtc)
    {
        if (!MayBecome(status))
        {
            throw new InvalidOperationException($"A {Kind} notice that is {Status} does not become {status}.");
        }

        SetTimesAndTexts(startUtc, expectedEndUtc, textBokmal, textNynorsk, textEnglish);
        Status = status;
        UpdatedUtc = nowUtc;
        if (IsClosed)
        {
            ClosedUtc = nowUtc;
            return true;
        }

        return false;
    }

    private void SetTimesAndTexts(DateTime startUtc, DateTime? expectedEndUtc, string textBokmal, string textNynorsk, string textEnglish)
    {
        if (expectedEndUtc is { } end && end <= startUtc)
        {
            throw new ArgumentException("The expected end comes after the start.", nameof(expectedEndUtc));
        }

        foreach (var text in new[] { textBokmal, textNynorsk, textEnglish })
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(text);
            if (text.Length > MaximumTextLength)
            {
                throw new ArgumentException($"A notice's text has at most {MaximumTextLength} characters.", nameof(textBokmal));
            }
        }

        StartUtc = startUtc;
        ExpectedEndUtc = expectedEndUtc;
        TextBokmal = textBokmal.Trim();
        TextNynorsk = textNynorsk.Trim();
        TextEnglish = textEnglish.Trim();
    }
}
