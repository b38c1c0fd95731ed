using System.Globalization;

namespace BKK.Portal.Domain.Consumption;

/// <summary>
/// One step of the capacity charge (kapasitetsledd): from <see cref="FromKw"/> (inclusive) up to
/// <see cref="ToKw"/> (exclusive; null for the open top step), at a price per month incl. VAT.
/// An average of exactly 5.00 kW is in the 5–10 kW step.
/// </summary>
public sealed record CapacityStep(decimal FromKw, decimal? ToKw, decimal MonthlyPriceNok)
{
    public bool Contains(decimal kw) => kw >= FromKw && (ToKw is null || kw < ToKw);

    public string Label => ToKw is { } to
        ? string.Create(CultureInfo.InvariantCulture, $"{FromKw:0.##}–{to:0.##} kW")
        : string.Create(CultureInfo.InvariantCulture, $"{FromKw:0.##} kW og over");
}
