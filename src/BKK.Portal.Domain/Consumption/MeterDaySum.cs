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
            var end = start;
            while (end < readings.Count && OsloTime.LocalDate(readings[end].StartUtc) == day)
            {
                end++;
            }

            var values = new Reading[end - start];
            for (var i = start; i < end; i++)
            {
                values[i - start] = readings[i];
            }

            days.Add(OfDay(meteringPointKey, direction, area, day, values, prices, thresholdOfMonth(new DateOnly(day.Year, day.Month, 1))));
            start = end;
        }

        return days;
    }

    private static MeterDaySum OfDay(int key, FlowDirection direction, PriceArea area, DateOnly day, Reading[] values, SpotPriceCurve prices, decimal? threshold)
    {
        long dayWh = 0, nightWh = 0;
        HourValue? peakHour = null;
        foreach (var hour in ConsumptionAggregator.ToHours(values))
        {
            if (InvoiceCalculator.IsDayRate(OsloTime.ToLocal(hour.StartUtc)))
            {
                dayWh += hour.Wh;
            }
            else
            {
                nightWh += hour.Wh;
            }

            if (peakHour is not { } max || hour.Wh > max.Wh)
            {
                peakHour = hour;
            }
        }

        HourValue? peakPower = null;
        foreach (var power in ConsumptionAggregator.ToHourlyPower(values))
        {
            if (peakPower is not { } max || power.Wh > max.Wh)
            {
                peakPower = power;
            }
        }

        decimal kwh = 0, spot = 0, above = 0;
        foreach (var part in IntervalPricing.Parts(values, prices))
        {
            if (part.NokPerKwh is not { } price || part.Kwh <= 0)
            {
                continue;
            }

            kwh += part.Kwh;
            spot += part.Kwh * price;
            if (threshold is { } t)
            {
                above += part.Kwh * Math.Max(0, price - t);
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
            Values = values.Length,
            Estimated = values.Count(v => v.Status == MeterValueStatus.Estimated),
            Missing = values.Count(v => v.Status == MeterValueStatus.Missing),
            ThroughUtc = values[^1].EndUtc,
            PeakHourStartUtc = peakHour!.Value.StartUtc,
            PeakHourWh = peakHour.Value.Wh,
            PeakHourEstimated = peakHour.Value.Estimated,
            PeakPowerStartUtc = peakPower!.Value.StartUtc,
            PeakPowerWh = peakPower.Value.Wh,
            PeakPowerEstimated = peakPower.Value.Estimated,
            PricedKwh = kwh,
            SpotNok = spot,
            StromstotteThresholdNokPerKwh = threshold,
            AboveThresholdNok = above,
        };
    }
}
