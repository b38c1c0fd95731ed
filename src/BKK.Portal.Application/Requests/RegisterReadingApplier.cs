using BKK.Portal.Application.Consumption;
using BKK.Portal.Domain.Requests;

namespace BKK.Portal.Application.Requests;

/// <summary>
/// Puts a register reading into the meter values: the kWh between two readings replace the estimated (and missing)
/// values of the days between them, spread in proportion to the estimates (<see cref="RegisterReadingRules.Spread"/>),
/// with the status <see cref="MeterValueStatus.CustomerRead"/>; the measured values of those days stay. The writes go
/// through the import's store (<see cref="IMeterValueBatch"/>), so the day sums, Forbruk, the month so far and the
/// alerts follow in the same transaction.
/// </summary>
public sealed class RegisterReadingApplier(IMeterReadings readings)
{
    /// <summary>The kWh the stored values give the days [<paramref name="from"/>, <paramref name="to"/>), and the part of it that was measured.</summary>
    public async Task<(decimal ExpectedKwh, decimal MeasuredKwh)> ExpectedAsync(int meteringPointKey, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var values = await ReadAsync(meteringPointKey, from, to, cancellationToken);
        return (values.Sum(v => v.Wh) / 1000m, values.Where(v => !Replaceable(v)).Sum(v => v.Wh) / 1000m);
    }

    /// <returns>How many values were replaced.</returns>
    public async Task<int> ApplyAsync(IMeterValueBatch batch, int meteringPointKey, DateOnly from, DateOnly to, long consumptionKwh, CancellationToken cancellationToken)
    {
        var values = await ReadAsync(meteringPointKey, from, to, cancellationToken);
        var estimated = values.Where(Replaceable).ToList();
        var measuredWh = values.Where(v => !Replaceable(v)).Sum(v => v.Wh);
        var spread = RegisterReadingRules.Spread(estimated.Select(v => v.Wh).ToList(), Math.Max(0, (consumptionKwh * 1000) - measuredWh));
        for (var i = 0; i < estimated.Count; i++)
        {
            var value = estimated[i];
            await batch.UpdateAsync(
                new MeterValue(meteringPointKey, value.StartUtc, value.Resolution, spread[i], MeterValueStatus.CustomerRead), cancellationToken);
        }

        return estimated.Count;
    }

    private static bool Replaceable(Reading value) => value.Status is MeterValueStatus.Estimated or MeterValueStatus.Missing;

    private Task<List<Reading>> ReadAsync(int meteringPointKey, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        readings.ReadAsync(meteringPointKey, FlowDirection.Consumption, OsloTime.ToUtc(from), OsloTime.ToUtc(to), cancellationToken);
}
