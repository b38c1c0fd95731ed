namespace BKK.Portal.Domain.Prices;

/// <summary>
/// The day-ahead price of one interval of one bidding zone: from <see cref="StartUtc"/>, <see cref="Minutes"/>
/// long (60 until the Nordic market moved to quarter-hours, 15 from delivery day 1 October 2025),
/// in NOK/kWh excl. VAT. Negative prices are real.
/// </summary>
public readonly record struct SpotPrice(DateTime StartUtc, int Minutes, decimal NokPerKwh)
{
    /// <summary>Prices are kept to a millionth of a krone per kWh (a ten-thousandth of an øre).</summary>
    public const int Decimals = 6;

    public DateTime EndUtc => StartUtc.AddMinutes(Minutes);
}
