namespace BKK.Portal.Application.Consumption;

/// <summary>
/// The day sums kept beside the meter values (<see cref="MeterDaySum"/>). The import writes them with the values, in the
/// same transaction; these compute them again where that is not enough.
/// </summary>
public interface IMeterDaySums
{
    /// <summary>Computes again the days whose spot prices were written after their sums (a price import); returns how many days.</summary>
    Task<int> RefreshChangedPricesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Computes every series' day sums from its values: for a database from before the day sums, and after a metering
    /// point's price area or the strømstøtte threshold changed (until then those months are billed from their values).
    /// Returns how many days.
    /// </summary>
    Task<int> RebuildAsync(CancellationToken cancellationToken);
}
