namespace BKK.Portal.Domain.Requests;

/// <summary>
/// The plausibility of a register reading against the one before and the consumption expected between them (the
/// estimated and measured values of those days). A register counts up to 10^digits − 1 and then starts at zero again,
/// so a lower reading is a roll-over when the kWh it then gives are plausible; otherwise it is a mistake to check.
/// "Far above" is more than <see cref="FarAboveFactor"/> times the expected, and at least <see cref="MarginKwhPerDay"/>
/// kWh a day above it (a cabin expected to use nearly nothing may still have had a weekend's guests).
/// </summary>
public static class RegisterReadingRules
{
    public const int FarAboveFactor = 3;

    public const int MarginKwhPerDay = 10;

    /// <summary>The highest register a meter with <paramref name="digits"/> digits shows.</summary>
    public static long MaxRegister(int digits) => (long)Math.Pow(10, digits) - 1;

    /// <summary>The most kWh that pass without a check over <paramref name="days"/> days expected to use <paramref name="expectedKwh"/>.</summary>
    public static decimal Limit(decimal expectedKwh, int days) => Math.Max(expectedKwh * FarAboveFactor, expectedKwh + (MarginKwhPerDay * days));

    /// <param name="lastKwh">The reading before this one.</param>
    /// <param name="readingKwh">This reading (at most <see cref="MaxRegister"/>, as the validator checks).</param>
    /// <param name="digits">The register's digits.</param>
    /// <param name="expectedKwh">The consumption the stored values expect between the two readings.</param>
    /// <param name="days">The days between the two readings (at least one).</param>
    /// <param name="measuredKwh">The part of the expected that the meter measured itself: the reading cannot give less.</param>
    public static RegisterReadingAssessment Assess(long lastKwh, long readingKwh, int digits, decimal expectedKwh, int days, decimal measuredKwh = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var limit = Limit(expectedKwh, days);
        if (readingKwh >= lastKwh)
        {
            var used = readingKwh - lastKwh;
            var check = used > limit ? RegisterReadingCheck.FarAboveExpected : used < measuredKwh ? RegisterReadingCheck.BelowMeasured : RegisterReadingCheck.None;
            return new RegisterReadingAssessment(used, false, check);
        }

        var rolled = readingKwh + MaxRegister(digits) + 1 - lastKwh;
        return rolled <= limit && rolled >= measuredKwh
            ? new RegisterReadingAssessment(rolled, true, RegisterReadingCheck.None)
            : new RegisterReadingAssessment(null, false, RegisterReadingCheck.LowerThanLast);
    }

    /// <summary>The kWh of a reading that customer service found right after all: over a roll-over where it is lower.</summary>
    public static long Consumption(long lastKwh, long readingKwh, int digits) =>
        readingKwh >= lastKwh ? readingKwh - lastKwh : readingKwh + MaxRegister(digits) + 1 - lastKwh;

    /// <summary>
    /// Spreads <paramref name="targetWh"/> over the estimated values <paramref name="estimates"/> in proportion to them
    /// (evenly where they sum to zero), in whole watt-hours that sum exactly to the target.
    /// </summary>
    public static long[] Spread(IReadOnlyList<long> estimates, long targetWh)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(targetWh);
        var result = new long[estimates.Count];
        if (estimates.Count == 0)
        {
            return result;
        }

        var total = estimates.Sum();
        long given = 0, running = 0;
        for (var i = 0; i < estimates.Count; i++)
        {
            // The share of everything up to and including this one, less what the ones before got: no rounding drift.
            running += estimates[i];
            var upTo = total > 0
                ? (long)Math.Round((decimal)targetWh * running / total, MidpointRounding.ToEven)
                : (long)Math.Round((decimal)targetWh * (i + 1) / estimates.Count, MidpointRounding.ToEven);
            result[i] = upTo - given;
            given = upTo;
        }

        return result;
    }
}
