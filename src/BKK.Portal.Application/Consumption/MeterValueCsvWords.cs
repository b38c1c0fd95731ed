namespace BKK.Portal.Application.Consumption;

/// <summary>
/// The words of a meter value file and its decimal separator: the import's own (<see cref="MeterValueCsvFormat.Import"/>,
/// bokmål with a decimal comma), or those of a customer's export in the language of the page.
/// </summary>
public sealed record MeterValueCsvWords(
    string Header,
    string Consumption,
    string Production,
    string Measured,
    string Estimated,
    string Missing,
    string CustomerRead,
    string DecimalSeparator);
