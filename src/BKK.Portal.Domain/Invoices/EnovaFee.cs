namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// The Enova fee (Enova-avgiften, påslag på nettariffen): a household pays it on every kWh
/// (<see cref="GridTariffPeriod.EnovaFeePerKwh"/>); a business pays a fixed amount per metering point per year
/// (<see cref="GridTariffPeriod.EnovaFeePerYearBusiness"/>), billed monthly in proportion to the days the point was
/// its. The shares are rounded on the running total from the first of January, so the months of a whole year sum to the
/// year's amount to the øre.
/// </summary>
public static class EnovaFee
{
    /// <summary>The business fee for the days [<paramref name="from"/>, <paramref name="to"/>) of one calendar year.</summary>
    public static decimal BusinessShare(decimal perYear, DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            return 0;
        }

        var year = from.Year;
        var yearStart = new DateOnly(year, 1, 1);
        if (to > yearStart.AddYears(1))
        {
            throw new ArgumentException("The days are of one calendar year.", nameof(to));
        }

        var days = (decimal)(yearStart.AddYears(1).DayNumber - yearStart.DayNumber);
        decimal Running(DateOnly day) => Money.Round(perYear * (day.DayNumber - yearStart.DayNumber) / days);
        return Running(to) - Running(from);
    }

    /// <summary>The business fee of the month of <paramref name="month"/>, for the days of it within [<paramref name="start"/>, <paramref name="end"/>] (a relationship's first and last day).</summary>
    public static (decimal Amount, int Days) BusinessMonth(decimal perYear, DateOnly month, DateOnly start, DateOnly? end)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var from = start > first ? start : first;
        var to = end is { } last && last.AddDays(1) < first.AddMonths(1) ? last.AddDays(1) : first.AddMonths(1);
        return to <= from ? (0, 0) : (BusinessShare(perYear, from, to), to.DayNumber - from.DayNumber);
    }
}
