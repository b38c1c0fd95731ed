namespace BKK.Portal.Application.Consumption;

/// <summary>
/// Writes of meter values inside one open transaction. Reads through <see cref="IMeterReadings"/>
/// in the same scope see them before the commit.
/// </summary>
public interface IMeterValueBatch : IAsyncDisposable
{
    /// <summary>Adds values to one series; none of them may be stored already.</summary>
    Task InsertAsync(int meteringPointKey, FlowDirection direction, IReadOnlyList<Reading> values, CancellationToken cancellationToken);

    /// <summary>Replaces the stored value with the same series and start.</summary>
    Task UpdateAsync(MeterValue value, CancellationToken cancellationToken);

    Task DeleteAsync(int meteringPointKey, FlowDirection direction, DateTime startUtc, CancellationToken cancellationToken);

    /// <summary>Commits everything written so far and goes on in a new transaction.</summary>
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Commits everything written so far; the batch is done.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
