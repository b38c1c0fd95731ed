namespace BKK.Portal.Domain.Customers;

/// <summary>The grid tariff the relationship is billed by.</summary>
public enum TariffType
{
    Household = 1,
    HolidayHome = 2,
    BusinessLowVoltage = 3,
}
