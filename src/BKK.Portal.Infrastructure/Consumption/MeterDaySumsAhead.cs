using BKK.Portal.Infrastructure.Persistence;
using BKK.Portal.Infrastructure.Prices;

namespace BKK.Portal.Infrastructure.Consumption;

/// <summary>
/// The day sums of the days a <see cref="MeterValueWriter"/> batch inserts values into, computed on another core while
/// the batch goes on writing, so that the import's commits do not wait for them (they were about half of its writing
/// time: docs/performance.md). A day's sums are started when its values are inserted and taken by
/// <see cref="MeterDaySumWriter.RefreshAsync(IEnumerable{ValueTuple{int, FlowDirection, DateOnly}}, IReadOnlyDictionary{ValueTuple{int, FlowDirection, DateOnly}, List{Reading}}, MeterDaySumsAhead?, CancellationToken)"/>
/// before the commit, only for a day that had no values before and got nothing but these values; any other day is
/// summed from the stored values as before. The prices and price areas are read on the batch's connection (one read an
/// area and month) and kept until <see cref="Clear"/> at the commit: a transaction's sums are made from the prices that
/// transaction sees.
/// </summary>
public sealed class MeterDaySumsAhead(PortalDbContext db, Func<DateOnly, decimal?> thresholdOfMonth)
{
    private readonly Dictionary<int, PriceArea> _areas = [];
    private readonly Dictionary<(PriceArea, DateOnly), SpotPriceCurve> _prices = [];
    private readonly Dictionary<(int, FlowDirection, DateOnly), Task<List<MeterDaySum>>> _sums = [];

    /// <summary>Starts the sums of <paramref name="day"/> from <paramref name="values"/> (that day's, in order, not changed afterwards).</summary>
    public async Task StartAsync(int meteringPointKey, FlowDirection direction, DateOnly day, IReadOnlyList<Reading> values, CancellationToken cancellationToken)
    {
        if (!_areas.TryGetValue(meteringPointKey, out var area))
        {
            _areas[meteringPointKey] = area = await db.MeteringPoints.Where(m => m.Id == meteringPointKey).Select(m => m.PriceArea).SingleAsync(cancellationToken);
        }

        var month = new DateOnly(day.Year, day.Month, 1);
        if (!_prices.TryGetValue((area, month), out var prices))
        {
            _prices[(area, month)] = prices = await new SpotPriceReader(db).ReadAsync(area, OsloTime.ToUtc(month), OsloTime.ToUtc(month.AddMonths(1)), cancellationToken);
        }

        var threshold = thresholdOfMonth(month);
        _sums[(meteringPointKey, direction, day)] = Task.Run(() => MeterDaySum.Of(meteringPointKey, direction, area, values, prices, _ => threshold), cancellationToken);
    }

    /// <summary>The day got more values, or values changed: what was started for it no longer holds.</summary>
    public void Forget(int meteringPointKey, FlowDirection direction, DateOnly day) => _sums.Remove((meteringPointKey, direction, day));

    /// <summary>The sums started for the day, or null.</summary>
    public Task<List<MeterDaySum>>? Take(int meteringPointKey, FlowDirection direction, DateOnly day) =>
        _sums.Remove((meteringPointKey, direction, day), out var sums) ? sums : null;

    /// <summary>At a commit: the next transaction starts afresh, prices included.</summary>
    public void Clear()
    {
        _sums.Clear();
        _prices.Clear();
    }
}
