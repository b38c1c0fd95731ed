namespace BKK.Portal.Domain.Notices;

/// <summary>One part of the area a notice affects: a metering point, a postal code or a grid station.</summary>
public sealed class NoticeArea
{
    public const int MaximumValueLength = 32;

    private NoticeArea()
    {
        Value = string.Empty;
    }

    public NoticeArea(NoticeAreaType type, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        Type = type;
        Value = value.Trim();
    }

    public int Id { get; private set; }

    public int OperationalNoticeId { get; private set; }

    public NoticeAreaType Type { get; private set; }

    public string Value { get; private set; }
}
