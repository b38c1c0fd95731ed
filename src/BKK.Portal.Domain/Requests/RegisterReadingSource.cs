namespace BKK.Portal.Domain.Requests;

/// <summary>Who read a meter's register.</summary>
public enum RegisterReadingSource
{
    /// <summary>The meter itself, the last time it sent values (the starting point of the customer's readings).</summary>
    Meter = 1,

    /// <summary>The customer, on Mine sider.</summary>
    Customer = 2,
}
