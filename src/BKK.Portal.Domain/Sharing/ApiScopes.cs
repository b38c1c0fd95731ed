namespace BKK.Portal.Domain.Sharing;

/// <summary>What an API token may read, besides the list of its own metering points and the spot prices of their areas.</summary>
[Flags]
public enum ApiScopes
{
    None = 0,

    /// <summary>Meter values (energy per hour or quarter-hour) of the token's metering points.</summary>
    MeterValues = 1,

    /// <summary>The capacity step per month, with its three peaks.</summary>
    Capacity = 2,

    /// <summary>Invoices of the relationship: list and totals, no PDF.</summary>
    Invoices = 4,

    All = MeterValues | Capacity | Invoices,
}
