namespace BKK.Portal.Domain.Consumption;

public enum MeterValueStatus
{
    Measured = 1,
    Estimated = 2,
    Missing = 3,
}
