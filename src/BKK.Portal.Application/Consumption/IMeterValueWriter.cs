namespace BKK.Portal.Application.Consumption;

/// <summary>
/// Writes meter values in bulk (the import). The rules of what to write (whole days, replace or
/// keep) are the caller's; the infrastructure only writes, on SQLite through prepared statements
/// reused for every row, on other providers through EF Core.
/// </summary>
public interface IMeterValueWriter
{
    /// <summary>Begins a transaction with the writer on it. Disposing the batch rolls back what is not committed.</summary>
    Task<IMeterValueBatch> BeginAsync(CancellationToken cancellationToken);

    /// <summary>Deletes every value of these metering points, in the caller's transaction if one is open (retention).</summary>
    /// <returns>How many values went.</returns>
    Task<long> DeleteAllOfAsync(IReadOnlyCollection<int> meteringPointKeys, CancellationToken cancellationToken);
}
