namespace BKK.Portal.Application.Consumption;

public sealed record ImportSummary(long Read, long Inserted, long Replaced, long Unchanged, IReadOnlyList<ImportRejection> Rejections)
{
    /// <summary>Stored values removed because a file value with another resolution overlapped them.</summary>
    public long Removed { get; init; }

    /// <summary>Time spent reading, checking and sorting the file, and writing to the database.</summary>
    public (TimeSpan Reading, TimeSpan Writing) Elapsed { get; init; }

    public long Rejected => Rejections.Count;
}
