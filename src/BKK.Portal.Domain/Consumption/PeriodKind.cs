namespace BKK.Portal.Domain.Consumption;

public enum PeriodKind
{
    Day = 1,
    Week = 2,
    Month = 3,
    Year = 4,
}
