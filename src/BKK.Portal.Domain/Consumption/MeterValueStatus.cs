namespace BKK.Portal.Domain.Consumption;

public enum MeterValueStatus
{
    Measured = 1,
    Estimated = 2,
    Missing = 3,

    /// <summary>An estimate replaced by the customer's reading of the register (spread over the estimated values of the period).</summary>
    CustomerRead = 4,
}
