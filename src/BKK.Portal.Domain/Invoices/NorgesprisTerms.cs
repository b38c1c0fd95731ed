namespace BKK.Portal.Domain.Invoices;

/// <summary>
/// Norgespris: a fixed price (NOK/kWh excl. VAT) instead of the spot price and instead of
/// strømstøtte, ordered through the grid company, from <see cref="AvailableFrom"/>, on at most
/// a capped volume a month (a home more than a holiday home).
/// </summary>
public sealed record NorgesprisTerms(DateOnly AvailableFrom, decimal PriceNokPerKwh, decimal MonthlyCapKwhHome, decimal MonthlyCapKwhHolidayHome);
