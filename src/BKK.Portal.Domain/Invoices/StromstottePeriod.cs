namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// Strømstøtte from a date on: per hour, <see cref="Coverage"/> of the spot price above
/// <see cref="ThresholdNokPerKwh"/> (NOK/kWh excl. VAT), on at most <see cref="MonthlyCapKwh"/> a month.
/// </summary>
public sealed record StromstottePeriod(DateOnly ValidFrom, decimal ThresholdNokPerKwh, decimal Coverage, decimal MonthlyCapKwh);
