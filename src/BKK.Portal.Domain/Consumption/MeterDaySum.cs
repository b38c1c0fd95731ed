using BKK.Portal.Domain.Common;
using BKK.Portal.Domain.Invoices;
using BKK.Portal.Domain.Prices;

namespace BKK.Portal.Domain.Consumption;

/// <summary>
/// What the bill needs of one series' Oslo day, kept beside its values so that a month is read as about 30 rows instead
/// of about 2,900 quarter-hours: the energy at day and night rate (<see cref="InvoiceCalculator.IsDayRate"/>), the
/// day's highest hour both as summed quarter-hours and as quarter-hour power (the capacity step takes one of them as
/// configured), and over the parts of the day that have a spot price (<see cref="IntervalPricing"/>) their kWh, their
/// cost at spot price and their cost above the strømstøtte threshold of the day's month. The price support of a month
/// is linear in these sums (Norgespris: price × kWh − spot cost; strømstøtte: coverage × cost above the threshold)
/// until a volume cap is reached; decimal sums are exact, so a month billed from its days equals the month billed
/// value by value. Written with the values (in the same transaction); <see cref="PricesChanged"/> is set when the
/// spot prices of the day change afterwards, and such a day is billed from its values until it is computed again.
/// </summary>
public sealed class MeterDaySum
{
    public int MeteringPointKey { get; init; }

    public FlowDirection Direction { get; init; }

    /// <summary>The Oslo date.</summary>
    public DateOnly Day { get; init; }

    /// <summary>The price area whose prices were used.</summary>
    public PriceArea PriceArea { get; init; }

    public long DayRateWh { get; init; }

    public long NightRateWh { get; init; }

    /// <summary>The number of values, of which estimated and missing.</summary>
    public int Values { get; init; }

    public int Estimated { get; init; }

    public int Missing { get; init; }

    /// <summary>The end of the day's last value.</summary>
    public DateTime ThroughUtc { get; init; }

    /// <summary>The day's highest hour of summed values (the first of equal ones) and its number of estimated values.</summary>
    public DateTime PeakHourStartUtc { get; init; }

    public long PeakHourWh { get; init; }

    public int PeakHourEstimated { get; init; }

    /// <summary>The day's highest value as hourly energy (a quarter-hour's Wh × 4), for a capacity step on quarter-hour power.</summary>
    public DateTime PeakPowerStartUtc { get; init; }

    public long PeakPowerWh { get; init; }

    public int PeakPowerEstimated { get; init; }

    /// <summary>The kWh of the parts with a spot price and more than 0 kWh.</summary>
    public decimal PricedKwh { get; init; }

    /// <summary>Σ kWh × spot price over those parts, NOK excl. VAT, not rounded.</summary>
    public decimal SpotNok { get; init; }

    /// <summary>The strømstøtte threshold of the day's month when the sums were made, or null when none was configured.</summary>
    public decimal? StromstotteThresholdNokPerKwh { get; init; }

    /// <summary>Σ kWh × max(0, spot price − threshold) over those parts (0 without a threshold).</summary>
    public decimal AboveThresholdNok { get; init; }

    /// <summary>The spot prices of the day were written after the sums: the price sums are not to be used.</summary>
    public bool PricesChanged { get; set; }

    public long Wh => DayRateWh + NightRateWh;

    /// <summary>The day's highest hour as <see cref="CapacityStepCalculator"/> reads it.</summary>
    public HourValue PeakHour(bool summedHours) =>
        summedHours ? new(PeakHourStartUtc, PeakHourWh, 1, PeakHourEstimated, 0) : new(PeakPowerStartUtc, PeakPowerWh, 1, PeakPowerEstimated, 0);

    /// <summary>
    /// The sums of every Oslo day that has values among <paramref name="readings"/> (in order of start), on
    /// <paramref name="prices"/> (the area's prices over the same range) with the strømstøtte threshold of each day's month.
    /// </summary>
    public static List<MeterDaySum> Of(
        int meteringPointKey, FlowDirection direction, PriceArea area, IReadOnlyList<Reading> readings, SpotPriceCurve prices, Func<DateOnly, decimal?> thresholdOfMonth)
    {
        var days = new List<MeterDaySum>();
        var start = 0;
        while (start < readings.Count)
        {
            var day = OsloTime.LocalDate(readings[start].StartUtc);
            var dayEndUtc = OsloTime.ToUtc(day.AddDays(1)); // one time-zone conversion per day, not per value
            var end = start;
            while (end < readings.Count && readings[end].StartUtc < dayEndUtc)
            {
                end++;
            }

            var values = readings.Skip(start).Take(end - start).ToList();
            days.Add(OfDay(meteringPointKey, direction, area, day, values, prices, thresholdOfMonth(new DateOnly(day.Year, day.Month, 1))));
            start = end;
        }

        return days;
    }

    private static MeterDaySum OfDay(int key, FlowDirection direction, PriceArea area, DateOnly day, List<Reading> values, SpotPriceCurve prices, decimal? threshold)
    {
        // The hours and the hourly power as billing makes them, so the day sums cannot drift from the invoice.
        var hours = ConsumptionAggregator.ToHours(values);
        var (dayWh, nightWh) = InvoiceCalculator.EnergyByRate(hours, DateTime.MinValue, DateTime.MaxValue);
        var peakHour = FirstHighest(hours);
        var peakPower = FirstHighest(ConsumptionAggregator.ToHourlyPower(values));

        decimal kwh = 0, spot = 0, above = 0;
        foreach (var part in IntervalPricing.Parts(values, prices))
        {
            if (part.NokPerKwh is not { } price || part.Kwh <= 0)
            {
                continue;
            }

            kwh += part.Kwh;
            spot += part.Kwh * price;
            if (threshold is { } t && price > t)
            {
                above += part.Kwh * (price - t); // as Σ kWh × max(0, price − t), without adding the zeros
            }
        }

        return new MeterDaySum
        {
            MeteringPointKey = key,
            Direction = direction,
            Day = day,
            PriceArea = area,
            DayRateWh = dayWh,
            NightRateWh = nightWh,
            Values = values.Count,
            Estimated = hours.Sum(h => h.Estimated),
            Missing = hours.Sum(h => h.Missing),
            ThroughUtc = values[^1].EndUtc,
            PeakHourStartUtc = peakHour.StartUtc,
            PeakHourWh = peakHour.Wh,
            PeakHourEstimated = peakHour.Estimated,
            PeakPowerStartUtc = peakPower.StartUtc,
            PeakPowerWh = peakPower.Wh,
            PeakPowerEstimated = peakPower.Estimated,
            PricedKwh = kwh,
            SpotNok = spot,
            StromstotteThresholdNokPerKwh = threshold,
            AboveThresholdNok = above,
        };
    }

    /// <summary>The highest of the day's hours, the first of equal ones (as <see cref="CapacityStepCalculator"/> picks a day's).</summary>
    private static HourValue FirstHighest(List<HourValue> hours)
    {
        var max = hours[0];
        foreach (var hour in hours)
        {
            if (hour.Wh > max.Wh)
            {
                max = hour;
            }
        }

        return max;
    }
}
