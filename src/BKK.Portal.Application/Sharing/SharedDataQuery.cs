using System.Runtime.CompilerServices;
using BKK.Portal.Application.Consumption;
using BKK.Portal.Application.Invoices;
using BKK.Portal.Application.Prices;

namespace BKK.Portal.Application.Sharing;

/// <summary>
/// What the API reads for a token (<see cref="ApiCaller"/>): the same queries as the pages, through the same access
/// checks, narrowed to the token's metering points. A metering point that is not the token's is not found, exactly
/// like one that does not exist.
/// </summary>
public sealed class SharedDataQuery(MeteringPointAccess access, IMeterReadings readings, CapacityCharge capacity, InvoiceQuery invoices, ISpotPrices spotPrices, TimeProvider clock)
{
    /// <summary>The longest period one call of values or prices may ask for; a longer one is asked for in parts.</summary>
    public const int MaxDays = 366;

    public async Task<IReadOnlyList<OwnedMeteringPoint>> MeteringPointsAsync(ApiCaller caller, CancellationToken cancellationToken) =>
        (await access.ListAsync(caller.Relationship, cancellationToken)).Where(p => caller.MeteringPointKeys.Contains(p.Key)).ToList();

    /// <summary>The token's metering point with this ID (any spacing), or null: not the token's, not the relationship's, or unknown.</summary>
    public async Task<OwnedMeteringPoint?> FindAsync(ApiCaller caller, string? meteringPointId, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(meteringPointId) ? null : MeteringPointAccess.Find(await MeteringPointsAsync(caller, cancellationToken), meteringPointId);

    /// <summary>
    /// One series' values over the Oslo days [from, to), streamed as read: as stored (quarter-hours or hours), or summed
    /// to whole hours (<paramref name="hourly"/>), an hour then as good as its worst value.
    /// </summary>
    public IAsyncEnumerable<ExportValue> ValuesAsync(OwnedMeteringPoint point, FlowDirection direction, DateOnly from, DateOnly to, bool hourly, CancellationToken cancellationToken)
    {
        var values = Only(readings.StreamAsync(point.Key, OsloTime.ToUtc(from), OsloTime.ToUtc(to)), direction, cancellationToken);
        return hourly ? ToHours(values, cancellationToken) : values;
    }

    /// <summary>The capacity step of each month from <paramref name="from"/> to <paramref name="to"/> (first days of months, inclusive), up to this month.</summary>
    public async Task<IReadOnlyList<CapacityResult>> CapacityAsync(OwnedMeteringPoint point, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var today = OsloTime.Today(clock);
        var last = new DateOnly(today.Year, today.Month, 1);
        var results = new List<CapacityResult>();
        for (var month = from; month <= to && month <= last; month = month.AddMonths(1))
        {
            var days = await readings.ReadDaysAsync(point.Key, FlowDirection.Consumption, month, month.AddMonths(1), cancellationToken);
            results.Add(capacity.Calculate(month, days));
        }

        return results;
    }

    public Task<InvoiceList> InvoicesAsync(ApiCaller caller, int year, CancellationToken cancellationToken) =>
        invoices.ListAsync(caller.Relationship, year, null, cancellationToken);

    /// <summary>The spot prices of the point's area over the Oslo days [from, to), NOK/kWh excl. VAT.</summary>
    public async Task<IReadOnlyList<SpotPrice>> SpotPricesAsync(OwnedMeteringPoint point, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (fromUtc, toUtc) = (OsloTime.ToUtc(from), OsloTime.ToUtc(to));
        var curve = await spotPrices.ReadAsync(point.PriceArea, fromUtc, toUtc, cancellationToken);
        return curve.Between(fromUtc, toUtc).ToList();
    }

    private static async IAsyncEnumerable<ExportValue> Only(IAsyncEnumerable<ExportValue> values, FlowDirection direction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var value in values.WithCancellation(cancellationToken))
        {
            if (value.Direction == direction)
            {
                yield return value;
            }
            else if (direction == FlowDirection.Consumption)
            {
                yield break; // consumption comes first: the rest is production
            }
        }
    }

    /// <summary>Sums values in order to whole hours (an Oslo hour is a UTC hour: the offsets are whole hours).</summary>
    public static async IAsyncEnumerable<ExportValue> ToHours(IAsyncEnumerable<ExportValue> values, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ExportValue? hour = null;
        await foreach (var value in values.WithCancellation(cancellationToken))
        {
            var start = new DateTime(value.StartUtc.Ticks - (value.StartUtc.Ticks % TimeSpan.TicksPerHour), DateTimeKind.Utc);
            if (hour is { } h && h.StartUtc == start)
            {
                hour = h with { Wh = h.Wh + value.Wh, Status = (MeterValueStatus)Math.Max((int)h.Status, (int)value.Status) };
                continue;
            }

            if (hour is { } done)
            {
                yield return done;
            }

            hour = value with { StartUtc = start, Resolution = MeterResolution.Hour };
        }

        if (hour is { } lastHour)
        {
            yield return lastHour;
        }
    }
}
