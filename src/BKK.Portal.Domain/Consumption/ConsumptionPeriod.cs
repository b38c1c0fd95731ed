namespace BKK.Portal.Domain.Consumption;

/// <summary>
/// A calendar period in Oslo local dates, [Start, End): a day, a Monday-to-Sunday week, a
/// month or a year. A day is shown by the hour, a week and a month by the day, a year by the month.
/// </summary>
public readonly record struct ConsumptionPeriod
{
    private ConsumptionPeriod(PeriodKind kind, DateOnly start)
    {
        Kind = kind;
        Start = start;
    }

    public PeriodKind Kind { get; }

    public DateOnly Start { get; }

    public DateOnly End => Kind switch
    {
        PeriodKind.Day => Start.AddDays(1),
        PeriodKind.Week => Start.AddDays(7),
        PeriodKind.Month => Start.AddMonths(1),
        _ => Start.AddYears(1),
    };

    public BucketSize BucketSize => Kind switch
    {
        PeriodKind.Day => BucketSize.Hour,
        PeriodKind.Year => BucketSize.Month,
        _ => BucketSize.Day,
    };

    public ConsumptionPeriod Previous => Containing(Kind, Kind == PeriodKind.Week ? Start.AddDays(-7) : Start.AddDays(-1));

    public ConsumptionPeriod Next => Containing(Kind, End);

    /// <summary>The same period a year earlier; for a week the week 52 weeks back (same weekdays).</summary>
    public ConsumptionPeriod SameLastYear =>
        Containing(Kind, Kind == PeriodKind.Week ? Start.AddDays(-364) : Start.AddYears(-1));

    /// <summary>The months this period touches (a week may touch two).</summary>
    public IEnumerable<DateOnly> Months
    {
        get
        {
            for (var m = FirstOfMonth(Start); m < End; m = m.AddMonths(1))
            {
                yield return m;
            }
        }
    }

    public bool Contains(DateOnly date) => date >= Start && date < End;

    public static ConsumptionPeriod Containing(PeriodKind kind, DateOnly date) => kind switch
    {
        PeriodKind.Day => new(kind, date),
        PeriodKind.Week => new(kind, date.AddDays(-(((int)date.DayOfWeek + 6) % 7))),
        PeriodKind.Month => new(kind, FirstOfMonth(date)),
        PeriodKind.Year => new(kind, new DateOnly(date.Year, 1, 1)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
    };

    public static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);
}
