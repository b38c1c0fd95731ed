namespace BKK.Portal.Application.Customers;

public sealed record Overview(
    string CustomerNumber,
    string HolderName,
    CustomerType CustomerType,
    TariffType TariffType,
    DateOnly StartDate,
    AccessLevel AccessLevel,
    DateOnly LastMonth,
    IReadOnlyList<OverviewMeteringPoint> MeteringPoints)
{
    public decimal LastMonthTotalKwh => MeteringPoints.Sum(m => m.LastMonthKwh);
}
